package io.github.ogireport.parsers.internal.recognize;

import io.github.ogireport.catalog.Section;
import io.github.ogireport.parse.doc.Block;
import io.github.ogireport.parse.doc.Heading;
import io.github.ogireport.parse.doc.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the section headings among a document's blocks by their wording, whatever their number, in template order;
 * after section 四 a numbered heading of other wording starts a local section. Stateless.
 */
final class Sections {

    private static final String NUMERALS = "一二三四五六七八九十";

    /** Each section's heading, normalized, without its numbering. */
    private static final List<String> HEADING_BODIES = java.util.Arrays.stream(Section.values())
            .map(s -> Labels.body(Labels.normalize(s.headingZh()))).toList();

    private Sections() {
    }

    /**
     * A heading found.
     *
     * @param index   the block's index
     * @param section the template section, or null for a local section
     * @param text    the heading as written
     * @param numeral its Chinese numeral, or empty
     */
    record Found(int index, Section section, String text, String numeral) {
    }

    static List<Found> find(List<Block> blocks, Session session) {
        List<Found> out = new ArrayList<>();
        Section last = null;
        for (int i = 0; i < blocks.size(); i++) {
            session.tick();
            Block b = blocks.get(i);
            String text;
            boolean marked;
            if (b instanceof Paragraph p) {
                text = p.text();
                marked = false;
            } else if (b instanceof Heading h) {
                text = h.text();
                marked = true;
            } else {
                continue;
            }
            if (Labels.normalizedLongerThan(text, 40)) {
                continue; // prose: no heading (normalizing it all would only say so)
            }
            String n = Labels.normalize(text);
            if (n.isEmpty() || n.length() > 40 || n.endsWith("。")) {
                continue;
            }
            String numeral = Labels.sectionNumeral(n);
            String body = numeral.isEmpty() ? n : n.substring(numeral.length() + 1);
            Section s = byWording(body);
            if (n.startsWith("(")) {
                continue; // a sub-heading such as (一)主动公开
            }
            if (s != null && numeral.isEmpty() && !marked
                    && Labels.similarity(body, HEADING_BODIES.get(s.ordinal())) < 0.6) {
                s = null;
            }
            if (s != null && (last == null || s.ordinal() > last.ordinal()) && !TableRecognizer.isTable3Label(text)) {
                out.add(new Found(i, s, text.strip(), numeral));
                last = s;
                continue;
            }
            if (s == null && !numeral.isEmpty() && last != null && last.ordinal() >= Section.REVIEWS_AND_LAWSUITS.ordinal()
                    && last != Section.OTHER_MATTERS && value(numeral) > value(lastNumeral(out))
                    && !TableRecognizer.isTable3Label(text)) {
                out.add(new Found(i, null, text.strip(), numeral));
            }
        }
        return out;
    }

    private static String lastNumeral(List<Found> found) {
        return found.isEmpty() ? "" : found.get(found.size() - 1).numeral();
    }

    /** The value of a Chinese numeral up to 九十九, 0 if empty. */
    static int value(String numeral) {
        if (numeral.isEmpty()) {
            return 0;
        }
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return NUMERALS.indexOf(numeral.charAt(0)) + 1;
        }
        int tens = ten == 0 ? 1 : NUMERALS.indexOf(numeral.charAt(0)) + 1;
        int units = ten == numeral.length() - 1 ? 0 : NUMERALS.indexOf(numeral.charAt(ten + 1)) + 1;
        return tens * 10 + units;
    }

    /** The numeral of a template section (一 for the overview …). */
    static String numeralOf(Section s) {
        return String.valueOf(NUMERALS.charAt(s.ordinal()));
    }

    static Section byWording(String body) {
        if (body.contains("总体情况") || body.contains("基本情况") || body.equals("概述") || body.contains("总体概述")) {
            return Section.OVERVIEW;
        }
        if (body.contains("主动公开")) {
            return Section.PROACTIVE_DISCLOSURE;
        }
        if (body.contains("复议") || body.contains("诉讼")) {
            return Section.REVIEWS_AND_LAWSUITS;
        }
        if (body.contains("申请") && (body.contains("收到") || body.contains("处理") || body.contains("办理")
                || body.contains("依申请"))) {
            return Section.APPLICATIONS;
        }
        if (body.contains("问题") || body.contains("不足") || body.contains("改进")) {
            return Section.PROBLEMS;
        }
        if (body.contains("其他") && (body.contains("事项") || body.contains("说明") || body.contains("报告"))) {
            return Section.OTHER_MATTERS;
        }
        return null;
    }
}
