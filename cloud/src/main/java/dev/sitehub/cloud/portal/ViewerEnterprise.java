package dev.sitehub.cloud.portal;

import java.util.Optional;

/**
 * What the portal asks the enterprise feature about a signed-in viewer: the enterprise whose staff
 * they belong to, read on every request because membership changes without a new sign-in.
 */
public interface ViewerEnterprise {
  Optional<String> enterpriseOf(String userId);
}
