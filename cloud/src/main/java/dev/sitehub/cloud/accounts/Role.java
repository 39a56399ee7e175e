package dev.sitehub.cloud.accounts;

/**
 * The platform roles. The names are the JWT {@code groups} values and the strings used in
 * {@code @RolesAllowed}; the constants below exist so annotations can name them.
 */
public enum Role {
  HOMEOWNER,
  SUPERVISOR,
  PROJECT_MANAGER,
  DESIGNER,
  BUDGETER,
  INSTALLER,
  ENTERPRISE_ADMIN,
  OPERATOR;

  public static final String HOMEOWNER_NAME = "HOMEOWNER";
  public static final String SUPERVISOR_NAME = "SUPERVISOR";
  public static final String PROJECT_MANAGER_NAME = "PROJECT_MANAGER";
  public static final String DESIGNER_NAME = "DESIGNER";
  public static final String BUDGETER_NAME = "BUDGETER";
  public static final String INSTALLER_NAME = "INSTALLER";
  public static final String ENTERPRISE_ADMIN_NAME = "ENTERPRISE_ADMIN";
  public static final String OPERATOR_NAME = "OPERATOR";
}
