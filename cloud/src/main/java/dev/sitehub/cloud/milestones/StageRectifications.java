package dev.sitehub.cloud.milestones;

import io.smallrye.mutiny.Uni;

/**
 * What milestones ask the inspections feature before a stage goes back to inspection: how many of
 * the stage's rectifications the supervisor has not closed yet. The answer is work for the caller's
 * unit of work.
 */
public interface StageRectifications {
  Uni<Long> openAt(String projectId, int seq);
}
