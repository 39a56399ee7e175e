package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.accounts.Role;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The workspace's profile and staff section: the enterprise, everyone invited or working for it,
 * the roles its type may employ, the two forms (as last typed, with errors) and a notice key after
 * a change went through ({@code noticeArg} fills it in), and whether the business licence the
 * operator needs was uploaded (the workspace says so while it is missing).
 */
@TemplateData
public record WorkspaceView(
    Workspace ws,
    EnterpriseView enterprise,
    List<StaffMember> staff,
    List<Role> roles,
    ProfileForm profile,
    InviteForm invite,
    String notice,
    String noticeArg,
    boolean licenceUploaded) {

  /** Whether the name field is read-only: it was checked against the business licence. */
  public boolean nameLocked() {
    return enterprise.status() == EnterpriseStatus.VERIFIED;
  }

  WorkspaceView withProfile(ProfileForm f) {
    return new WorkspaceView(ws, enterprise, staff, roles, f, invite, null, null, licenceUploaded);
  }

  WorkspaceView withInvite(InviteForm f) {
    return new WorkspaceView(ws, enterprise, staff, roles, profile, f, null, null, licenceUploaded);
  }

  WorkspaceView withNotice(String key, String arg) {
    return new WorkspaceView(
        ws, enterprise, staff, roles, profile, invite, key, arg, licenceUploaded);
  }
}
