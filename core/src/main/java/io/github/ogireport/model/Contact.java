package io.github.ogireport.model;

import java.util.Optional;

/**
 * The contact block many reports print in the preamble or at the end.
 *
 * @param address  地址 / 办公地址 as written
 * @param phone    电话 / 咨询电话 as written
 * @param postcode 邮编 / 邮政编码 as written
 */
public record Contact(Optional<String> address, Optional<String> phone, Optional<String> postcode) {

    /** No contact block. */
    public static final Contact NONE = new Contact(Optional.empty(), Optional.empty(), Optional.empty());

    /** Normalizes {@code null} to empty. */
    public Contact {
        address = address == null ? Optional.empty() : address;
        phone = phone == null ? Optional.empty() : phone;
        postcode = postcode == null ? Optional.empty() : postcode;
    }

    /** A contact block from nullable strings. */
    public static Contact of(String address, String phone, String postcode) {
        return new Contact(Optional.ofNullable(address), Optional.ofNullable(phone), Optional.ofNullable(postcode));
    }

    /** Whether any field is present. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isPresent() {
        return address.isPresent() || phone.isPresent() || postcode.isPresent();
    }
}
