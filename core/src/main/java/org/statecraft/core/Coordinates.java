package org.statecraft.core;

/**
 * A point on the Earth in WGS 84 decimal degrees.
 *
 * <p>Latitude lies in [-90, 90], longitude in [-180, 180]; neither may be NaN or infinite. This
 * record is immutable and thread-safe.
 *
 * @param latitude degrees north (negative: south)
 * @param longitude degrees east (negative: west)
 */
public record Coordinates(double latitude, double longitude) {

  /**
   * Creates coordinates, checking their ranges.
   *
   * @param latitude degrees north, from -90 to 90 (negative: south)
   * @param longitude degrees east, from -180 to 180 (negative: west)
   * @throws ValidationException naming {@code latitude} or {@code longitude} if out of range
   */
  public Coordinates {
    Checks checks = new Checks();
    // Messages are built only for a violation: this runs for every value read.
    if (!(latitude >= -90 && latitude <= 90)) {
      checks.add("latitude", ViolationCode.OUT_OF_RANGE, "must lie in [-90, 90], was " + latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      checks.add("longitude", ViolationCode.OUT_OF_RANGE, "must lie in [-180, 180], was " + longitude);
    }
    checks.throwIfAny();
  }

  /**
   * Returns the point.
   *
   * @param latitude degrees north
   * @param longitude degrees east
   * @return the coordinates
   * @throws ValidationException if either is out of range
   */
  public static Coordinates of(double latitude, double longitude) {
    return new Coordinates(latitude, longitude);
  }
}
