/**
 * Open budget data (ข้อมูลงบประมาณแบบเปิด): local governments' budget documents (the annual expenditure
 * ordinance, specific-purpose subsidies, accumulated funds) turned into validated, machine-readable open
 * data, published to the national CKAN portal and served from Sujarit's own catalogue.
 *
 * <p>Internal packages: {@code ingest} (reading uploaded files into budget lines with their provenance),
 * {@code publish} (CKAN portal publication and the catalogue Sujarit serves).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open budget data")
package org.sujarit.opendata;
