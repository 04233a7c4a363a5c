/**
 * Cross-cutting platform shared by every module: database bootstrap, audit log, security, Thai text and
 * calendar, web infrastructure and command-line commands. It depends on no domain module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.sujarit.platform;
