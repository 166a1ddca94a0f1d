package io.github.ogireport.catalog;

import java.util.Optional;

/** The label groups of table 3 that carry no numbers of their own. */
public enum Table3Group {
    /** 三、本年度办理结果. */
    OUTCOMES(null, "三、本年度办理结果", "Outcomes this year", "outcomes"),
    /** （三）不予公开. */
    WITHHELD(OUTCOMES, "（三）不予公开", "Withheld", "withheld"),
    /** （四）无法提供. */
    UNABLE_TO_PROVIDE(OUTCOMES, "（四）无法提供", "Unable to provide", "unableToProvide"),
    /** （五）不予处理. */
    NOT_PROCESSED(OUTCOMES, "（五）不予处理", "Not processed", "notProcessed"),
    /** （六）其他处理 (a group with three sub-rows in 2021; a single data row in 2019). */
    OTHER_HANDLING(OUTCOMES, "（六）其他处理", "Other handling", "otherHandling");

    private final Table3Group parent;
    private final String labelZh;
    private final String nameEn;
    private final String jsonName;

    Table3Group(Table3Group parent, String labelZh, String nameEn, String jsonName) {
        this.parent = parent;
        this.labelZh = labelZh;
        this.nameEn = nameEn;
        this.jsonName = jsonName;
    }

    /** The enclosing group, if any. */
    public Optional<Table3Group> parent() {
        return Optional.ofNullable(parent);
    }

    /** The verbatim official label. */
    public String labelZh() {
        return labelZh;
    }

    /** English name. */
    public String nameEn() {
        return nameEn;
    }

    /** JSON property name of the group object. */
    public String jsonName() {
        return jsonName;
    }

    /** JSON Pointer of the group object. */
    public String pointer() {
        return (parent == null ? "/table3" : parent.pointer()) + "/" + jsonName;
    }

    /** The label numbering prefix used in qualified labels, e.g. {@code 三、（三）}. */
    String qualifiedPrefix() {
        if (parent == null) {
            return "三、";
        }
        return parent.qualifiedPrefix() + labelZh.substring(0, labelZh.indexOf('）') + 1);
    }
}
