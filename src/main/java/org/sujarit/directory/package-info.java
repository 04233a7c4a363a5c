/**
 * Directory (ทำเนียบหน่วยงาน): agencies in their two trees (ministry → department → division; province →
 * local governments), provinces, user accounts with roles, the account-request workflow and the
 * registration rate. Other modules read agencies and accounts through {@link org.sujarit.directory.Directory}
 * and its records.
 *
 * <p>Internals: {@code imports} (the national list of local governments loaded at start-up, and agency
 * import files checked in a dry run and applied in one transaction), {@code web} (pages and the JSON API),
 * {@code demo} (demo agencies and accounts, demo mode only).
 *
 * <p>Events: {@link org.sujarit.directory.AccountApproved} (an account request was approved and the account
 * created), {@link org.sujarit.directory.AccountRejected} (rejected, with the reason for the requester).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.sujarit.directory;
