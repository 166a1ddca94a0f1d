package io.github.ogireport.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The statistics period a report states, usually 1 January to 31 December of the report year.
 *
 * @param from first day
 * @param to   last day
 */
public record StatisticsPeriod(LocalDate from, LocalDate to) {

    /**
     * @throws NullPointerException     if a date is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public StatisticsPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("statistics period ends before it starts: " + from + " to " + to);
        }
    }

    /** The calendar year {@code year}. */
    public static StatisticsPeriod calendarYear(int year) {
        return new StatisticsPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Whether the period is exactly the calendar year. */
    public boolean isCalendarYear(int year) {
        return equals(calendarYear(year));
    }
}
