package org.masthead.model;

import java.time.LocalDate;

/**
 * Where and when a report was filed, from forms like 新华社北京6月18日电 or 本报北京6月18日电.
 *
 * @param source the agency or paper (新华社, 本报)
 * @param place  the place of filing (北京)
 * @param date   the filing date, its year taken from the edition; null when not printed
 */
public record Dateline(String source, String place, LocalDate date) {
}
