package dev.sitehub.cloud.home;

import io.quarkus.qute.TemplateData;

/** The operator's queues: enterprises waiting for verification, disputes waiting for a ruling. */
@TemplateData
public record OperatorQueues(int pendingVerification, int openDisputes) {}
