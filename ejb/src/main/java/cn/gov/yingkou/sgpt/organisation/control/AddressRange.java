package cn.gov.yingkou.sgpt.organisation.control;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * An allow-list entry for an external system: one IPv4 or IPv6 address, or a CIDR block such as
 * 10.20.0.0/16 (provincial front-end processors, 前置机, connect from fixed addresses). Only literal
 * addresses are accepted, never host names, so parsing never touches DNS.
 */
public final class AddressRange {

    private final String text;
    private final byte[] network;
    private final int prefix;

    private AddressRange(String text, byte[] network, int prefix) {
        this.text = text;
        this.network = network;
        this.prefix = prefix;
    }

    public static AddressRange parse(String value) {
        String text = value == null ? "" : value.strip();
        int slash = text.indexOf('/');
        String host = slash < 0 ? text : text.substring(0, slash);
        byte[] address = literal(host).orElseThrow(() -> malformed(value));
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String length = text.substring(slash + 1);
            if (!length.matches("[0-9]{1,3}") || Integer.parseInt(length) > bits) {
                throw malformed(value);
            }
            prefix = Integer.parseInt(length);
        }
        byte[] network = mask(address, prefix);
        String canonical = canonical(network) + (prefix == bits ? "" : "/" + prefix);
        return new AddressRange(canonical, network, prefix);
    }

    /** True if the remote address (as the server reports it) lies in this range. */
    public boolean contains(String remoteAddress) {
        return literal(remoteAddress == null ? "" : remoteAddress.strip())
                .filter(a -> a.length == network.length)
                .map(a -> java.util.Arrays.equals(mask(a, prefix), network))
                .orElse(false);
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range && range.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    private static java.util.Optional<byte[]> literal(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean ipv4 = bare.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
        boolean ipv6 = bare.contains(":") && bare.matches("[0-9A-Fa-f:.]+(%[0-9A-Za-z]+)?");
        if (!ipv4 && !ipv6) {
            return java.util.Optional.empty();
        }
        if (ipv4 && java.util.Arrays.stream(bare.split("\\.")).anyMatch(part -> Integer.parseInt(part) > 255)) {
            return java.util.Optional.empty();
        }
        try {
            byte[] bytes = InetAddress.getByName(bare).getAddress();
            return java.util.Optional.of(mapped(bytes));
        } catch (UnknownHostException e) {
            return java.util.Optional.empty();
        }
    }

    /** An IPv4 client seen through an IPv6 socket (::ffff:a.b.c.d) counts as the IPv4 address. */
    private static byte[] mapped(byte[] bytes) {
        if (bytes.length == 16) {
            boolean v4mapped = true;
            for (int i = 0; i < 10; i++) {
                v4mapped &= bytes[i] == 0;
            }
            if (v4mapped && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) {
                return java.util.Arrays.copyOfRange(bytes, 12, 16);
            }
        }
        return bytes;
    }

    private static byte[] mask(byte[] address, int prefix) {
        BigInteger all = new BigInteger(1, address);
        int bits = address.length * 8;
        BigInteger keep = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
        byte[] raw = all.and(keep).toByteArray();
        byte[] out = new byte[address.length];
        int copy = Math.min(raw.length, out.length);
        System.arraycopy(raw, raw.length - copy, out, out.length - copy, copy);
        return out;
    }

    /** An address as people write it: IPv6 in its short form (RFC 5952: "::1", not "0:0:0:0:0:0:0:1"). */
    private static String canonical(byte[] network) {
        try {
            InetAddress address = InetAddress.getByAddress(network);
            return address.getAddress().length == 16 ? compressed(address.getAddress()) : address.getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String compressed(byte[] address) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (address[2 * i] & 0xff) << 8 | address[2 * i + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }

    private static IllegalArgumentException malformed(String value) {
        return new IllegalArgumentException("地址格式不正确（应为 IP 地址或 CIDR 网段）：" + value
                + " / Not an IP address or CIDR block: " + value);
    }
}
