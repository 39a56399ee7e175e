package dev.sitehub.cloud.milestones;

import java.util.List;

/**
 * Body of POST .../milestones/{seq}/timelapse: the camera, and optionally the snapshot reasons
 * (default ["daily"]) and fps (default 10). The dates come from the milestone.
 */
public record MilestoneTimelapseRequest(String cameraId, List<String> reasons, Integer fps) {}
