package io.github.ogireport.parsers.internal.recognize;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.FeeItem;
import io.github.ogireport.catalog.Section;
import io.github.ogireport.catalog.Table2Block;
import io.github.ogireport.catalog.Table2Column;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Group;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.FeeBlock;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.model.ReviewOutcomes;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table3;
import io.github.ogireport.model.Table4;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.rules.GluedNumbers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the statistical tables from the token stream of their regions, anchoring on the catalog's labels. Every
 * label comes from the catalog enums; the only arithmetic is {@link GluedNumbers}'.
 */
final class TableRecognizer {

    /** How many split candidates are enough to know a split is ambiguous (and to list a few). */
    private static final int SPLIT_LIMIT = 6;

    /** The most glued-label segmentations tried in one recognition (each costs a small dynamic program). */
    static final int MAX_SEGMENTATIONS = 300;

    private final Session session;

    TableRecognizer(Session session) {
        this.session = session;
    }

    /** What a label token turned out to be. */
    enum Kind { ROW, GROUP, HEADER }

    /** A catalog label a token may match. */
    record Candidate(Kind kind, Object key, String label) {
    }

    /**
     * A matched label: the candidate, how many tokens it took, the source text; {@code before} holds the labels
     * glued in front of it in the same text (e.g. headers written without separators).
     */
    record Hit(Candidate candidate, int consumed, String text, boolean exact, SourceLocation location,
            List<Candidate> before) {
        Hit(Candidate candidate, int consumed, String text, boolean exact, SourceLocation location) {
            this(candidate, consumed, text, exact, location, List.of());
        }
    }

    // ---------------------------------------------------------------- the catalog's labels, normalized once

    private static final Labels.Choices<Candidate> TABLE2_EDITION = choices(table2EditionCandidates());
    private static final Map<Edition, Labels.Choices<Candidate>> TABLE2 = table2Choices();
    private static final Labels.Choices<Candidate> TABLE3_ROWS = choices(table3Candidates(false));
    private static final Labels.Choices<Candidate> TABLE3_ALL = choices(table3Candidates(true));
    private static final Labels.Choices<Candidate> TABLE4_GROUPS = choices(table4Groups());
    private static final Labels.Choices<Candidate> TABLE4_COLUMNS = choices(table4Columns());
    private static final Labels.Choices<Candidate> TABLE4_BOTH = choices(concat(table4Groups(), table4Columns()));
    private static final List<String> TABLE4_COLUMN_LABELS = java.util.Arrays.stream(Table4Column.values())
            .map(c -> Labels.normalize(c.labelZh())).toList();
    private static final Labels.Choices<Candidate> FEES = choices(feeCandidates());
    private static final List<String> FEE_ITEM_LABELS = java.util.Arrays.stream(FeeItem.values())
            .map(f -> Labels.normalize(f.labelZh())).toList();

    private static Map<Edition, Labels.Choices<Candidate>> table2Choices() {
        Map<Edition, Labels.Choices<Candidate>> m = new EnumMap<>(Edition.class);
        for (Edition e : Edition.values()) {
            m.put(e, choices(table2Candidates(e)));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static List<Candidate> concat(List<Candidate> a, List<Candidate> b) {
        List<Candidate> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    // ---------------------------------------------------------------- matching

    /** Candidates with their labels raw and normalized, computed once per list. */
    static Labels.Choices<Candidate> choices(List<Candidate> candidates) {
        return Labels.Choices.of(candidates, candidates.stream().map(Candidate::label).toList());
    }

    static Hit match(List<Token> tokens, int i, Labels.Choices<Candidate> choices, Session session) {
        Token t = tokens.get(i);
        Labels.Match<Candidate> m = choices.best(t.normalized());
        if (m != null && m.exact()) {
            return new Hit(m.value(), 1, t.text(), true, t.location());
        }
        // a label split over several cells or lines: join with the following text tokens
        StringBuilder joined = new StringBuilder(t.text());
        for (int k = 1; k <= 3 && i + k < tokens.size(); k++) {
            Token next = tokens.get(i + k);
            if (next.isValue()) {
                break;
            }
            joined.append(next.text());
            Labels.Match<Candidate> mj = choices.best(Labels.normalize(joined.toString()));
            if (mj != null && (m == null || mj.score() > m.score())) {
                return new Hit(mj.value(), k + 1, joined.toString(), mj.exact(), t.location());
            }
        }
        if (m != null) {
            return new Hit(m.value(), 1, t.text(), false, t.location());
        }
        return segment(t, choices, session);
    }

    /**
     * Labels written one after the other without separators ({@code 信息内容本年制发件数本年废止件数}): the
     * segmentation of the normalized text into candidate labels that covers it all with the best similarity.
     */
    static Hit segment(Token t, Labels.Choices<Candidate> choices, Session session) {
        String n = t.normalized();
        if (n.length() < 4 || n.length() > 120 || !session.takeSegmentation()) {
            return null;
        }
        Segmentation s = choices.remembered(n, x -> segmentation(x, choices));
        return s == null ? null : new Hit(s.last(), 1, t.text(), s.exact(), t.location(), s.before());
    }

    /** Labels glued in one text: the last, those before it, and whether all matched exactly. */
    private record Segmentation(Candidate last, List<Candidate> before, boolean exact) {
    }

    /** The best segmentation of a normalized text into the candidates' labels, or null. */
    private static Segmentation segmentation(String n, Labels.Choices<Candidate> choices) {
        List<Candidate> candidates = choices.values();
        List<String> norm = choices.normalized();
        int len = n.length();
        double[] best = new double[len + 1];
        int[] from = new int[len + 1];
        int[] which = new int[len + 1];
        java.util.Arrays.fill(best, -1);
        best[0] = 0;
        for (int p = 0; p < len; p++) {
            if (best[p] < 0) {
                continue;
            }
            for (int c = 0; c < norm.size(); c++) {
                String l = norm.get(c);
                for (int k = Math.max(2, l.length() - 1); k <= l.length() + 1 && p + k <= len; k++) {
                    String piece = n.substring(p, p + k);
                    double sim = l.length() <= 3 ? (piece.equals(l) ? 1.0 : 0.0)
                            : Labels.similarityAtLeast(piece, l, Labels.THRESHOLD);
                    if (sim < Labels.THRESHOLD) {
                        continue;
                    }
                    double score = best[p] + sim * k;
                    if (score > best[p + k]) {
                        best[p + k] = score;
                        from[p + k] = p;
                        which[p + k] = c;
                    }
                }
            }
        }
        if (best[len] < 0) {
            return null;
        }
        List<Candidate> parts = new ArrayList<>();
        int q = len;
        while (q > 0) {
            parts.add(0, candidates.get(which[q]));
            q = from[q];
        }
        if (parts.size() < 2) {
            return null;
        }
        boolean exact = best[len] >= len - 1e-9;
        return new Segmentation(parts.get(parts.size() - 1), List.copyOf(parts.subList(0, parts.size() - 1)), exact);
    }

    private void fuzzy(Hit h) {
        if (!h.exact()) {
            StringBuilder labels = new StringBuilder();
            for (Candidate c : h.before()) {
                labels.append(c.label()).append(' ');
            }
            labels.append(h.candidate().label());
            session.report(Code.LABEL_FUZZY_MATCH, h.location(), h.text(), labels.toString());
        } else {
            normalized(h.text(), h.candidate().label(), h.location());
        }
    }

    private void normalized(String text, String label, SourceLocation at) {
        String s = text.strip();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c > ' ' && c < 0x7F || Labels.isIdeograph(c)) {
                continue; // neither whitespace nor a space character
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                session.report(Code.LABEL_NORMALIZED, at, text, label);
                return;
            }
        }
    }

    /** Whether a value token is not blank. */
    private static boolean anyNonBlank(List<Token> values) {
        for (Token v : values) {
            if (!v.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value token is a digit run that cannot be one number. */
    private static boolean anyCertainlyGlued(List<Token> values) {
        for (Token v : values) {
            if (v.value().get().certainlyGlued()) {
                return true;
            }
        }
        return false;
    }

    /** The run of value tokens starting at {@code from}. */
    static List<Token> valueRun(List<Token> tokens, int from) {
        int j = from;
        while (j < tokens.size() && tokens.get(j).isValue()) {
            j++;
        }
        return tokens.subList(from, j);
    }

    /** Cells fitted to a row, with the units of money written in them. */
    record Fitted(List<Cell> cells, List<Optional<MoneyUnit>> units) {
    }

    /** The values a label's row offers: the run, without the blanks of later source rows when it has enough. */
    static List<Token> rowValues(List<Token> run, Token label) {
        int sameRow = 0;
        while (sameRow < run.size() && run.get(sameRow).row() == label.row()) {
            sameRow++;
        }
        // blanks from the next source rows (cells before the next label) are layout, not values
        int end = run.size();
        while (end > sameRow && run.get(end - 1).isBlank()) {
            end--;
        }
        return run.subList(0, end);
    }

    /**
     * The starts of the windows of {@code n} values that leave only blanks outside, each giving a distinct row
     * (windows that read the same cells are one).
     */
    static List<Integer> windows(List<Token> vals, int n) {
        if (vals.size() == n) {
            return List.of(0); // the one window: nothing outside it
        }
        List<Integer> out = new ArrayList<>();
        List<List<String>> seen = new ArrayList<>();
        for (int w = 0; w + n <= vals.size(); w++) {
            boolean ok = true;
            for (int k = 0; k < vals.size() && ok; k++) {
                if ((k < w || k >= w + n) && !vals.get(k).isBlank()) {
                    ok = false;
                }
            }
            if (!ok) {
                continue;
            }
            List<String> texts = Session.texts(vals.subList(w, w + n));
            if (!seen.contains(texts)) {
                seen.add(texts);
                out.add(w);
            }
        }
        return out;
    }

    /** How a row's values are to be aligned when blanks leave several readings. */
    record Alignment(int preferredStartColumn, boolean shifted) {
        static final Alignment NONE = new Alignment(-1, false);
    }

    /**
     * Fits a row's values to its {@code n} cells: blank layout cells around them (left by merged cells) are
     * dropped when only one reading remains (or the table's column layout picks one); a single glued digit run is
     * split when exactly one split exists. Never guesses: otherwise the row is left not reported, diagnosed, and
     * its raw text kept in the extras.
     *
     * @return the cells, or null if the row cannot be read
     */
    Fitted fit(List<Token> run, int n, Function<String, List<List<Long>>> splitter, String rowLabel,
            Section after, SourceLocation at, Token label, Alignment alignment) {
        List<Token> vals = label == null ? run : rowValues(run, label);
        if (vals.size() > n) {
            List<Integer> ws = windows(vals, n);
            int w = -1;
            if (ws.size() == 1) {
                w = ws.get(0);
            } else if (ws.size() > 1 && alignment.shifted()) {
                w = ws.get(0);
            } else if (ws.size() > 1 && alignment.preferredStartColumn() >= 0) {
                for (int cand : ws) {
                    if (vals.get(cand).col() == alignment.preferredStartColumn()) {
                        w = cand;
                    }
                }
            }
            if (ws.size() > 1 && w < 0) {
                session.report(Code.CELLS_ALIGNMENT_AMBIGUOUS, at, rowLabel, Session.texts(vals));
                keepRaw(rowLabel, vals, after);
                return null;
            }
            if (w >= 0) {
                if (w > 0) {
                    session.report(Code.CELLS_REALIGNED, at, rowLabel, w);
                }
                vals = new ArrayList<>(vals.subList(w, w + n));
            }
        }
        if (vals.size() == n && !(n > 1 && anyCertainlyGlued(vals))) {
            List<Cell> cells = new ArrayList<>(n);
            List<Optional<MoneyUnit>> units = new ArrayList<>(n);
            for (Token v : vals) {
                Values.Value value = v.value().get();
                cells.add(value.cell());
                units.add(value.unit());
                if (value.unit().isPresent()) {
                    session.report(Code.MONEY_UNIT_IN_CELL, v.location(), v.text(), value.unit().get().symbol());
                }
            }
            return new Fitted(cells, units);
        }
        List<Token> nonBlank = vals.stream().filter(v -> !v.isBlank()).toList();
        if (nonBlank.size() == 1 && n > 1 && nonBlank.get(0).value().get().gluedCandidate() && splitter != null) {
            Token g = nonBlank.get(0);
            String digits = g.value().get().raw();
            List<List<Long>> candidates = digits.length() > n * GluedNumbers.MAX_DIGITS_PER_NUMBER
                    ? List.of() : splitter.apply(digits);
            if (candidates.size() == 1) {
                session.report(Code.CELLS_SPLIT_INFERRED, g.location(), digits, candidates.get(0));
                List<Cell> cells = new ArrayList<>();
                List<Optional<MoneyUnit>> units = new ArrayList<>();
                for (Long v : candidates.get(0)) {
                    cells.add(Cell.of(v));
                    units.add(Optional.empty());
                }
                return new Fitted(cells, units);
            }
            session.report(Code.CELLS_SPLIT_AMBIGUOUS, g.location(), digits, rowLabel,
                    candidates.isEmpty() ? "-" : candidates.toString());
            keepRaw(rowLabel, List.of(g), after);
            return null;
        }
        session.report(Code.CELL_COUNT_MISMATCH, at, rowLabel, n, vals.size(), Session.texts(vals));
        keepRaw(rowLabel, vals, after);
        return null;
    }

    private void keepRaw(String rowLabel, List<Token> vals, Section after) {
        List<String> raw = new ArrayList<>();
        raw.add(rowLabel);
        raw.addAll(Session.texts(vals));
        session.extraRows(after, null, List.of(raw));
    }

    /**
     * A text no label matches: followed by values it is a row the template does not have (kept whole in the
     * extras), otherwise unrecognized text.
     *
     * @return the index after what was consumed
     */
    private int unknownLabel(List<Token> tokens, int i, Section after) {
        Token t = tokens.get(i);
        List<Token> run = valueRun(tokens, i + 1);
        if (anyNonBlank(run)) {
            extraRow(t.text(), rowValues(run, t), after, t.location());
            return i + 1 + run.size();
        }
        unrecognized(t, after);
        return i + 1;
    }

    private void unrecognized(Token t, Section after) {
        session.report(Code.UNRECOGNIZED_TEXT, t.location(), t.text());
        session.extraText(after, null, List.of(t.text()));
    }

    private void unplaced(Token t) {
        session.report(Code.UNPLACED_CELL, t.location(), t.text());
    }

    // ---------------------------------------------------------------- edition

    /**
     * The edition table 2's column headers and row labels point to, if they tell.
     */
    static Optional<Edition> table2Edition(List<Token> tokens, Session session) {
        Labels.Choices<Candidate> cands = TABLE2_EDITION;
        int v2021 = 0;
        int v2019 = 0;
        for (int i = 0; i < tokens.size(); i++) {
            session.tick();
            if (tokens.get(i).isValue()) {
                continue;
            }
            Hit h = match(tokens, i, cands, session);
            if (h == null) {
                continue;
            }
            List<Candidate> all = new ArrayList<>(h.before());
            all.add(h.candidate());
            for (Candidate c : all) {
                Edition e = editionOf(c.key());
                if (e == Edition.V2021) {
                    v2021++;
                } else if (e == Edition.V2019) {
                    v2019++;
                }
            }
        }
        if (v2021 > v2019) {
            return Optional.of(Edition.V2021);
        }
        if (v2019 > v2021) {
            return Optional.of(Edition.V2019);
        }
        return Optional.empty();
    }

    private static List<Candidate> table2EditionCandidates() {
        List<Candidate> cands = new ArrayList<>();
        for (Table2Column c : Table2Column.values()) {
            cands.add(new Candidate(Kind.HEADER, c, c.labelZh()));
        }
        for (Table2Row r : Table2Row.values()) {
            cands.add(new Candidate(Kind.ROW, r, r.labelZh()));
        }
        for (Table2Block b : Table2Block.values()) {
            cands.add(new Candidate(Kind.HEADER, b, b.captionZh()));
        }
        cands.add(new Candidate(Kind.HEADER, "content", Table2Block.CONTENT_HEADER_ZH));
        return cands;
    }

    private static Edition editionOf(Object key) {
        if (key instanceof Table2Column c) {
            return switch (c) {
                case ISSUED, REPEALED, IN_FORCE, DECISIONS, FEE_AMOUNT -> Edition.V2021;
                default -> Edition.V2019;
            };
        }
        if (key instanceof Table2Row r) {
            // labels shared by both editions say nothing
            for (Table2Row other : Table2Row.values()) {
                if (other != r && other.labelZh().equals(r.labelZh())) {
                    return null;
                }
            }
            return r.edition();
        }
        return null;
    }

    // ---------------------------------------------------------------- table 2

    private static List<Candidate> table2Candidates(Edition edition) {
        List<Candidate> cands = new ArrayList<>();
        for (Table2Row r : Table2Row.rowsOf(edition)) {
            cands.add(new Candidate(Kind.ROW, r, r.labelZh()));
        }
        for (Table2Block b : Table2Block.values()) {
            cands.add(new Candidate(Kind.HEADER, b, b.captionZh()));
        }
        cands.add(new Candidate(Kind.HEADER, "content", Table2Block.CONTENT_HEADER_ZH));
        java.util.Set<Table2Column> columns = java.util.EnumSet.noneOf(Table2Column.class);
        for (Table2Row r : Table2Row.rowsOf(edition)) {
            columns.addAll(r.columns());
        }
        for (Table2Column c : columns) {
            cands.add(new Candidate(Kind.HEADER, c, c.labelZh()));
        }
        return cands;
    }

    Table2 table2(List<Token> tokens, Edition edition) {
        Labels.Choices<Candidate> cands = TABLE2.get(edition);
        Map<Table2Row, List<Cell>> rows = new EnumMap<>(Table2Row.class);
        Map<Table2Row, MoneyUnit> units = new EnumMap<>(Table2Row.class);
        Map<Table2Column, Integer> headerColumn = new EnumMap<>(Table2Column.class);
        MoneyUnit feeHeaderUnit = null;
        MoneyUnit procurementHeaderUnit = null;
        int i = 0;
        while (i < tokens.size()) {
            session.tick();
            Token t = tokens.get(i);
            if (t.isValue()) {
                if (!t.isBlank()) {
                    unplaced(t);
                }
                i++;
                continue;
            }
            Hit h = match(tokens, i, cands, session);
            if (h == null) {
                i = unknownLabel(tokens, i, Section.PROACTIVE_DISCLOSURE);
                continue;
            }
            fuzzy(h);
            i += h.consumed();
            Object key = h.candidate().key();
            if (h.candidate().kind() == Kind.HEADER) {
                if (key instanceof Table2Column c && t.col() >= 0 && h.before().isEmpty()) {
                    headerColumn.put(c, t.col());
                }
                if (key == Table2Column.FEE_AMOUNT) {
                    feeHeaderUnit = unitIn(h.text());
                } else if (key == Table2Column.PROCUREMENT_AMOUNT) {
                    procurementHeaderUnit = unitIn(h.text());
                }
                continue;
            }
            Table2Row row = (Table2Row) key;
            List<Token> run = valueRun(tokens, i);
            i += run.size();
            int n = row.columns().size();
            Fitted f = fit(run, n, d -> GluedNumbers.splitFree(d, n, SPLIT_LIMIT), h.text(),
                    Section.PROACTIVE_DISCLOSURE, h.location(), tokens.get(i - run.size() - 1),
                    new Alignment(headerColumn.getOrDefault(row.columns().get(0), -1), false));
            if (f == null) {
                continue;
            }
            if (rows.containsKey(row)) {
                extraRow(h.text(), run, Section.PROACTIVE_DISCLOSURE, h.location());
                continue;
            }
            rows.put(row, f.cells());
            if (row == Table2Row.FEES_2021 || row == Table2Row.PROCUREMENT_2019) {
                Optional<MoneyUnit> inCell = f.units().get(f.units().size() - 1);
                MoneyUnit header = row == Table2Row.FEES_2021 ? feeHeaderUnit : procurementHeaderUnit;
                MoneyUnit u = inCell.orElse(header != null ? header
                        : row == Table2Row.FEES_2021 ? MoneyUnit.WAN_YUAN : MoneyUnit.UNSPECIFIED);
                units.put(row, u);
            }
        }
        SourceLocation at = tokens.isEmpty() ? SourceLocation.UNKNOWN : tokens.get(0).location();
        for (Table2Row r : Table2Row.rowsOf(edition)) {
            if (!rows.containsKey(r)) {
                session.report(Code.ROW_MISSING, at, r.qualifiedLabelZh());
            }
        }
        return Table2.fromRows(edition, rows, units);
    }

    private static final java.util.regex.Pattern HEADER_UNIT = java.util.regex.Pattern.compile(
            "(?:单位:?|\\()([^()]{1,4})\\)?$");

    private static final java.util.regex.Pattern UNIT_SUFFIX = java.util.regex.Pattern.compile(
            "[（(]\\s*(?:单位\\s*[:：]?\\s*)?(?:万元|元)\\s*[)）]$");

    /** A header without the unit it states at its end ({@code 通知收取金额（元）} → {@code 通知收取金额}). */
    static String withoutUnit(String header) {
        String s = header.strip();
        return s.indexOf('元') < 0 ? s : UNIT_SUFFIX.matcher(s).replaceAll("");
    }

    /** The unit a header states, {@code （单位：万元）} or {@code （元）}; null when it states none or another text. */
    private static MoneyUnit unitIn(String header) {
        java.util.regex.Matcher m = HEADER_UNIT.matcher(Labels.normalize(header));
        if (!m.find()) {
            return null;
        }
        String unit = m.group(1);
        if (unit.equals("万元")) {
            return MoneyUnit.WAN_YUAN;
        }
        if (unit.equals("元")) {
            return MoneyUnit.YUAN;
        }
        return null;
    }

    private void extraRow(String label, List<Token> run, Section after, SourceLocation at) {
        session.report(Code.EXTRA_ROW, at, label);
        List<String> raw = new ArrayList<>();
        raw.add(label);
        raw.addAll(Session.texts(run));
        session.extraRows(after, null, List.of(raw));
    }

    // ---------------------------------------------------------------- table 3

    /** Whether a text is (similar to) a label of table 3's rows or groups. */
    static boolean isTable3Label(String text) {
        return isTable3Normalized(Labels.normalize(text));
    }

    /** Whether a normalized text is (similar to) a label of table 3's rows or groups. */
    static boolean isTable3Normalized(String normalized) {
        return TABLE3_ROWS.best(normalized) != null;
    }

    private static List<Candidate> table3Candidates(boolean headers) {
        List<Candidate> cands = new ArrayList<>();
        for (Table3Row r : Table3Row.values()) {
            if (r != Table3Row.OTHER_HANDLING_TOTAL) {
                cands.add(new Candidate(Kind.ROW, r, r.labelZh()));
            }
        }
        for (Table3Group g : Table3Group.values()) {
            cands.add(new Candidate(Kind.GROUP, g, g.labelZh()));
        }
        if (headers) {
            for (ApplicantColumn c : ApplicantColumn.values()) {
                cands.add(new Candidate(Kind.HEADER, c, c.labelZh()));
            }
            cands.add(new Candidate(Kind.HEADER, "legal", ApplicantColumn.LEGAL_PERSONS_HEADER_ZH));
            cands.add(new Candidate(Kind.HEADER, "applicants", ApplicantColumn.APPLICANTS_HEADER_ZH));
            cands.add(new Candidate(Kind.HEADER, "note", ApplicantColumn.BALANCE_NOTE_ZH));
        }
        return cands;
    }

    Table3 table3(List<Token> tokens, Edition edition, boolean report) {
        Session quiet = report ? session : session.quiet();
        TableRecognizer r = report ? this : new TableRecognizer(quiet);
        return r.readTable3(tokens, edition);
    }

    /** A table-3 row label and the values after it, pending alignment. */
    private record Pending(Hit hit, Table3Row row, List<Token> run, Token label) {
    }

    /** The column a template row's label sits in: 0 for 一二四, 1 for （一）…（七）, 2 for the numbered sub-rows. */
    private static int depth(Table3Row row) {
        if (row.group().isEmpty()) {
            return 0;
        }
        if (row.group().get() == Table3Group.OUTCOMES || row == Table3Row.OTHER_HANDLING_TOTAL) {
            return 1;
        }
        return 2;
    }

    private Table3 readTable3(List<Token> tokens, Edition edition) {
        Labels.Choices<Candidate> cands = TABLE3_ALL;
        Map<Table3Row, ApplicantCounts> rows = new EnumMap<>(Table3Row.class);
        Function<String, List<List<Long>>> splitter = d -> GluedNumbers.splitWithTotals(d, 1, 6, SPLIT_LIMIT);
        SourceLocation singleRowAt = null;
        List<Pending> pending = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            session.tick();
            Token t = tokens.get(i);
            if (t.isValue()) {
                if (!t.isBlank()) {
                    unplaced(t);
                }
                i++;
                continue;
            }
            Hit h = match(tokens, i, cands, session);
            if (h == null) {
                i = unknownLabel(tokens, i, Section.APPLICATIONS);
                continue;
            }
            fuzzy(h);
            i += h.consumed();
            if (h.candidate().kind() == Kind.HEADER) {
                continue;
            }
            Token label = tokens.get(i - 1);
            List<Token> run = valueRun(tokens, i);
            i += run.size();
            boolean hasValues = anyNonBlank(run);
            Table3Row row;
            if (h.candidate().kind() == Kind.GROUP) {
                if (!hasValues) {
                    continue;
                }
                if (h.candidate().key() != Table3Group.OTHER_HANDLING) {
                    extraRow(h.text(), run, Section.APPLICATIONS, h.location());
                    continue;
                }
                row = Table3Row.OTHER_HANDLING_TOTAL;
                singleRowAt = h.location();
            } else {
                row = (Table3Row) h.candidate().key();
            }
            pending.add(new Pending(h, row, run, label));
        }
        // the column layout: where the values start, by the column of their label, among rows read one way only
        Map<Integer, Map<Integer, Integer>> starts = new java.util.HashMap<>();
        Map<Integer, Integer> allStarts = new java.util.TreeMap<>();
        for (Pending p : pending) {
            List<Token> vals = rowValues(p.run(), p.label());
            List<Integer> ws = windows(vals, 7);
            if (p.label().col() >= depth(p.row()) && vals.size() >= 7 && ws.size() == 1
                    && vals.get(ws.get(0)).col() >= 0) {
                // rows shifted into a lower column than their label's (merged-cell artefacts) do not vote
                int start = vals.get(ws.get(0)).col();
                starts.computeIfAbsent(p.label().col(), k -> new java.util.TreeMap<>()).merge(start, 1, Integer::sum);
                allStarts.merge(start, 1, Integer::sum);
            }
        }
        for (Pending p : pending) {
            Alignment alignment = Alignment.NONE;
            if (p.label().col() >= 0) {
                boolean shifted = p.label().col() < depth(p.row());
                int preferred = -1;
                Map<Integer, Integer> counts = starts.getOrDefault(p.label().col(), allStarts);
                if (counts != null) {
                    int best = 0;
                    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                        if (e.getValue() > best) {
                            best = e.getValue();
                            preferred = e.getKey();
                        }
                    }
                }
                alignment = new Alignment(preferred, shifted);
            }
            Fitted f = fit(p.run(), 7, splitter, p.hit().text(), Section.APPLICATIONS, p.hit().location(), p.label(),
                    alignment);
            if (f == null) {
                continue;
            }
            if (rows.containsKey(p.row())) {
                extraRow(p.hit().text(), p.run(), Section.APPLICATIONS, p.hit().location());
                continue;
            }
            rows.put(p.row(), ApplicantCounts.fromCells(f.cells()));
        }
        SourceLocation at = tokens.isEmpty() ? SourceLocation.UNKNOWN : tokens.get(0).location();
        boolean single = rows.containsKey(Table3Row.OTHER_HANDLING_TOTAL);
        boolean breakdown = rows.containsKey(Table3Row.OTHER_NO_CORRECTION) || rows.containsKey(Table3Row.OTHER_UNPAID_FEES)
                || rows.containsKey(Table3Row.OTHER_OTHER);
        if (edition == Edition.V2021 && single && !breakdown) {
            session.report(Code.OTHER_HANDLING_SINGLE_ROW, singleRowAt);
        }
        for (Table3Row r : Table3Row.rowsOf(edition)) {
            if (rows.containsKey(r)) {
                continue;
            }
            if (r.group().orElse(null) == Table3Group.OTHER_HANDLING && (single || breakdown)) {
                continue;
            }
            session.report(Code.ROW_MISSING, at, r.qualifiedLabelZh());
        }
        return Table3.fromRows(rows);
    }

    // ---------------------------------------------------------------- table 4

    private static List<Candidate> table4Groups() {
        List<Candidate> groups = new ArrayList<>();
        for (Table4Row r : Table4Row.values()) {
            groups.add(new Candidate(Kind.GROUP, r, r.labelZh()));
        }
        groups.add(new Candidate(Kind.GROUP, "litigation", Table4Row.LITIGATION_HEADER_ZH));
        return groups;
    }

    private static List<Candidate> table4Columns() {
        List<Candidate> columns = new ArrayList<>();
        for (Table4Column c : Table4Column.values()) {
            columns.add(new Candidate(Kind.HEADER, c, c.labelZh()));
        }
        return columns;
    }

    Table4 table4(List<Token> tokens) {
        Labels.Choices<Candidate> groups = TABLE4_GROUPS;
        Labels.Choices<Candidate> columns = TABLE4_COLUMNS;
        int lastText = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isValue()) {
                lastText = i;
            }
        }
        int columnIndex = 0;
        for (int i = 0; i <= lastText; i++) {
            session.tick();
            Token t = tokens.get(i);
            if (t.isValue()) {
                if (!t.isBlank()) {
                    unplaced(t);
                }
                continue;
            }
            Hit g = match(tokens, i, groups, session);
            if (g != null && g.consumed() == 1) {
                fuzzy(g);
                continue;
            }
            Table4Column expected = Table4Column.values()[columnIndex % 5];
            String n = t.normalized();
            String label = TABLE4_COLUMN_LABELS.get(expected.ordinal());
            if (n.equals(label)) {
                normalized(t.text(), expected.labelZh(), t.location());
                columnIndex++;
                continue;
            }
            if (n.length() >= 2 && label.startsWith(n) || Labels.similarity(n, label) >= Labels.THRESHOLD) {
                session.report(Code.LABEL_FUZZY_MATCH, t.location(), t.text(), expected.labelZh());
                columnIndex++;
                continue;
            }
            Hit c = match(tokens, i, columns, session);
            if (c != null) {
                fuzzy(c);
                columnIndex += 1 + c.before().size();
                i += c.consumed() - 1;
                continue;
            }
            Hit glued = segment(t, TABLE4_BOTH, session);
            if (glued != null) {
                fuzzy(glued);
                List<Candidate> parts = new ArrayList<>(glued.before());
                parts.add(glued.candidate());
                columnIndex += (int) parts.stream().filter(x -> x.kind() == Kind.HEADER).count();
                continue;
            }
            unrecognized(t, Section.REVIEWS_AND_LAWSUITS);
        }
        List<Token> run = new ArrayList<>(valueRun(tokens, lastText + 1));
        int firstValue = 0;
        while (firstValue < run.size() && run.get(firstValue).isBlank()) {
            firstValue++;
        }
        if (firstValue < run.size()) {
            int valueRow = run.get(firstValue).row();
            // blank padding of the header row before the data row is layout, not values
            while (!run.isEmpty() && run.get(0).isBlank() && run.get(0).row() != valueRow
                    && run.size() > 15) {
                run.remove(0);
            }
        }
        SourceLocation at = lastText >= 0 ? tokens.get(lastText).location()
                : tokens.isEmpty() ? SourceLocation.UNKNOWN : tokens.get(0).location();
        if (run.isEmpty()) {
            session.report(Code.TABLE_MISSING, at, "表四的数据", "the data row of table 4");
            return Table4.notReported();
        }
        Fitted f = fit(run, 15, d -> GluedNumbers.splitWithTotals(d, 3, 4, SPLIT_LIMIT),
                Section.REVIEWS_AND_LAWSUITS.headingZh(), Section.REVIEWS_AND_LAWSUITS, at, null, Alignment.NONE);
        if (f == null) {
            return Table4.notReported();
        }
        List<Cell> c = f.cells();
        return new Table4(ReviewOutcomes.fromCells(c.subList(0, 5)), ReviewOutcomes.fromCells(c.subList(5, 10)),
                ReviewOutcomes.fromCells(c.subList(10, 15)));
    }

    // ---------------------------------------------------------------- fees

    /** Whether tokens hold the 信息处理费 table (its caption or at least two of its headers). */
    static boolean isFeeTable(List<Token> tokens) {
        int headers = 0;
        for (Token t : tokens) {
            if (t.isValue()) {
                continue;
            }
            String n = Labels.normalize(withoutUnit(t.text()));
            for (String label : FEE_ITEM_LABELS) {
                if (Labels.similarity(n, label) >= Labels.THRESHOLD) {
                    headers++;
                }
            }
        }
        return headers >= 2;
    }

    /**
     * Reads the 信息处理费 table: values map to the headers in order; a value under the caption column is reported
     * as unplaced.
     */
    private static List<Candidate> feeCandidates() {
        List<Candidate> cands = new ArrayList<>();
        for (FeeItem item : FeeItem.values()) {
            cands.add(new Candidate(Kind.HEADER, item, item.labelZh()));
        }
        cands.add(new Candidate(Kind.GROUP, "caption", FeeItem.CAPTION_ZH));
        return cands;
    }

    FeeBlock fees(List<Token> tokens, Section after) {
        Labels.Choices<Candidate> cands = FEES;
        List<Hit> headers = new ArrayList<>();
        List<Token> values = new ArrayList<>();
        MoneyUnit unit = null;
        List<Token> stripped = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            MoneyUnit u = t.isValue() ? null : unitIn(t.text());
            if (u != null) {
                unit = u;
                stripped.add(new Token(withoutUnit(t.text()), t.value(), t.location(), t.row(), t.col()));
            } else {
                stripped.add(t);
            }
        }
        tokens = stripped;
        int i = 0;
        while (i < tokens.size()) {
            session.tick();
            Token t = tokens.get(i);
            if (t.isValue()) {
                values.add(t);
                i++;
                continue;
            }
            Hit h = match(tokens, i, cands, session);
            if (h == null) {
                unrecognized(t, after);
                i++;
                continue;
            }
            fuzzy(h);
            for (Candidate c : h.before()) {
                headers.add(new Hit(c, 0, h.text(), h.exact(), h.location()));
            }
            headers.add(h);
            i += h.consumed();
        }
        SourceLocation at = tokens.isEmpty() ? SourceLocation.UNKNOWN : tokens.get(0).location();
        session.report(Code.FEE_TABLE_MAPPED, at, FeeItem.CAPTION_ZH);
        List<Token> vals = new ArrayList<>(values);
        while (vals.size() > headers.size() && !vals.isEmpty() && vals.get(vals.size() - 1).isBlank()) {
            vals.remove(vals.size() - 1);
        }
        Map<FeeItem, Cell> cells = new EnumMap<>(FeeItem.class);
        List<Hit> itemHeaders = headers.stream().filter(h -> h.candidate().key() instanceof FeeItem).toList();
        List<Hit> targets = vals.size() == headers.size() ? headers
                : vals.size() == itemHeaders.size() ? itemHeaders : null;
        if (targets == null) {
            session.report(Code.CELL_COUNT_MISMATCH, at, FeeItem.CAPTION_ZH, headers.size(), vals.size(),
                    Session.texts(vals));
            List<String> raw = new ArrayList<>(Session.texts(vals));
            session.extraRows(after, FeeItem.CAPTION_ZH, List.of(raw));
            return FeeBlock.NOT_REPORTED;
        }
        for (int k = 0; k < targets.size(); k++) {
            Object key = targets.get(k).candidate().key();
            Token v = vals.get(k);
            if (key instanceof FeeItem item && !cells.containsKey(item)) {
                cells.put(item, v.value().get().cell());
                if (item != FeeItem.NOTICES && v.value().get().unit().isPresent()) {
                    unit = v.value().get().unit().get();
                }
            } else if (!v.isBlank()) {
                unplaced(v);
            }
        }
        return new FeeBlock(cells.get(FeeItem.NOTICES), cells.get(FeeItem.AMOUNT_NOTIFIED),
                cells.get(FeeItem.AMOUNT_COLLECTED), unit);
    }
}
