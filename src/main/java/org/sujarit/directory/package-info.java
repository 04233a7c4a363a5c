/**
 * Directory (ทำเนียบหน่วยงาน): agencies in their two trees, provinces, user accounts with roles, and the
 * account-request workflow. Other modules read agencies through {@link org.sujarit.directory.Directory}.
 *
 * <p>Events: {@link org.sujarit.directory.AccountApproved}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.sujarit.directory;
