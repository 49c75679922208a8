package org.planex.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planex.model.Quota;
import org.planex.model.Warning;

/**
 * Quotas of one plan that contradict each other: the same output (unit and period) on the same channel for the
 * same body, with different quantities. Channels are compared by name: "Cổng thông tin điện tử xã" and "Trang thông
 * tin điện tử xã" are two channels — plans list them side by side among their forms (Việt Khê: "Cổng thông tin điện
 * tử xã; Trang thông tin điện tử xã"), so 20 on one and 25 on the other is no contradiction.
 */
final class QuotaConflicts {

  private QuotaConflicts() {}

  static List<Warning> check(List<Quota> quotas) {
    Map<String, Quota> seen = new HashMap<>();
    List<Warning> warnings = new ArrayList<>();
    for (Quota quota : quotas) {
      if (quota.channel() == null || quota.period() == null) {
        continue;
      }
      String key = String.join("|", BodyName.key(String.valueOf(quota.body())), quota.unit(),
          BodyName.key(quota.period()), BodyName.key(quota.channel()));
      Quota earlier = seen.putIfAbsent(key, quota);
      if (earlier != null && !number(earlier.quantity()).equals(number(quota.quantity()))) {
        warnings.add(Warning.of(ExtractStage.NAME, "quota-conflict", "the plan asks for " + earlier.quantity() + " "
            + earlier.unit() + "/" + earlier.period() + " on " + earlier.channel() + " (\"" + earlier.text()
            + "\") and for " + quota.quantity() + " (\"" + quota.text() + "\")"));
      }
    }
    return warnings;
  }

  private static String number(String quantity) {
    return quantity.replace(".", "").replaceFirst("^0+(?=\\d)", "");
  }
}
