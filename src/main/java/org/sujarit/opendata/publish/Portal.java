package org.sujarit.opendata.publish;

/** A CKAN portal Sujarit publishes to; {@code licenseId} is checked against the portal's own choices. */
public record Portal(long id, String name, String baseUrl, String licenseId, boolean enabled, int version) {
}
