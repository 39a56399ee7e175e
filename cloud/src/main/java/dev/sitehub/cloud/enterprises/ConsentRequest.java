package dev.sitehub.cloud.enterprises;

/** A home owner's yes or no to showing a past project on an enterprise profile. */
public record ConsentRequest(boolean consent) {}
