package dev.sitehub.cloud.enterprises;

import java.time.LocalDate;

/** A past project an enterprise wants to show; it stays hidden until the owner consents. */
public record AddReferenceRequest(
    String ownerUsername, String title, String description, String city, LocalDate completedOn) {}
