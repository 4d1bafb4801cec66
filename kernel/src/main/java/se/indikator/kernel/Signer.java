package se.indikator.kernel;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks messages as the Jupyter protocol asks: the hex HMAC of the header, parent header,
 * metadata and content frames under the connection's key. An empty key means no signing (the signature
 * frame is empty and not checked); a signature is compared in constant time.
 */
final class Signer {
    private final SecretKeySpec key;

    private Signer(SecretKeySpec key) {
        this.key = key;
    }

    /** The signer of a connection's scheme and key; an unknown scheme is refused. */
    static Signer of(String scheme, String key) {
        if (key == null || key.isEmpty()) {
            return new Signer(null);
        }
        if (!"hmac-sha256".equals(scheme)) {
            throw new IllegalArgumentException("the signature scheme '" + scheme + "' is not supported; use hmac-sha256");
        }
        return new Signer(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    }

    /** The signature of the four frames (empty when not signing). */
    String sign(List<byte[]> frames) {
        if (key == null) {
            return "";
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            frames.forEach(mac::update);
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether {@code signature} is the signature of the frames (always true when not signing). */
    boolean verify(String signature, List<byte[]> frames) {
        if (key == null) {
            return true;
        }
        byte[] expected = sign(frames).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
