package dev.sitehub.cloud.media;

import java.util.List;

/**
 * Body of POST /api/sites/{siteId}/timelapses: camera, inclusive ISO dates, optional zone (default
 * UTC), reasons (default ["daily"]) and fps (default 10).
 */
public record TimelapseCreateRequest(
    String cameraId, String from, String to, String zone, List<String> reasons, Integer fps) {}
