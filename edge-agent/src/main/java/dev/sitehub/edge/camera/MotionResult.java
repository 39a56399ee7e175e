package dev.sitehub.edge.camera;

/**
 * The motion verdict on one frame. {@code score} is the fraction of the frame in moving regions
 * large enough to count; {@code motion} is the debounced state; {@code started}/{@code stopped}
 * mark its transitions; {@code recalibrated} means a global change (lights) reset the background.
 */
public record MotionResult(
    double score, boolean motion, boolean started, boolean stopped, boolean recalibrated) {}
