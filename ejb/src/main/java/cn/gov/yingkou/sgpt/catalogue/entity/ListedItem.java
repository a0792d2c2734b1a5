package cn.gov.yingkou.sgpt.catalogue.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A licensing item (许可事项) as one version of the list holds it: its catalogue code (unique within the
 * unit), its name, and the competent department that handed it over (Art 7: an item belongs to one).
 */
@Embeddable
public class ListedItem {

    @Column(name = "item_code", nullable = false)
    private String code;

    @Column(name = "item_name", nullable = false)
    private String name;

    @Column(name = "department_id", nullable = false)
    private long departmentId;

    protected ListedItem() {
    }

    public ListedItem(String code, String name, long departmentId) {
        String c = code == null ? "" : code.strip();
        String n = name == null ? "" : name.strip();
        if (!c.matches("[0-9A-Z][0-9A-Z-]{3,39}")) {
            throw new IllegalArgumentException("事项编码须为4至40位大写字母、数字或连字符：" + c
                    + " / An item code is 4 to 40 capital letters, digits or hyphens: " + c);
        }
        if (n.isEmpty() || n.length() > 200) {
            throw new IllegalArgumentException("事项名称须为1至200字：" + c + " / The item name must be 1 to 200 characters: " + c);
        }
        this.code = c;
        this.name = n;
        this.departmentId = departmentId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public long departmentId() {
        return departmentId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ListedItem item && item.code.equals(code) && item.name.equals(name)
                && item.departmentId == departmentId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, departmentId);
    }
}
