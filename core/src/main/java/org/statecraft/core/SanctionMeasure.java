package org.statecraft.core;

/**
 * A restrictive measure a {@link Sanction} imposes. The vocabulary is closed (it follows the
 * measures named in UN Security Council and national sanctions regimes); new measures may be added
 * in a minor release. This enum is immutable and thread-safe.
 */
public enum SanctionMeasure {
  /** Funds and economic resources are frozen. */
  ASSET_FREEZE,
  /** Listed persons may not enter or transit. */
  TRAVEL_BAN,
  /** No arms or related materiel may be supplied. */
  ARMS_EMBARGO,
  /** Trade in some or all goods is restricted. */
  TRADE_RESTRICTION,
  /** Financial transactions or services are restricted. */
  FINANCIAL_RESTRICTION,
  /** Exports of listed goods or technology need a licence or are banned. */
  EXPORT_CONTROL,
  /** Imports of listed goods are banned. */
  IMPORT_BAN,
  /** Investment in the target is banned. */
  INVESTMENT_BAN,
  /** Diplomatic contacts or representation are restricted. */
  DIPLOMATIC_RESTRICTION,
  /** Any other measure. */
  OTHER
}
