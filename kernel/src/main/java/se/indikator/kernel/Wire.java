package se.indikator.kernel;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zeromq.ZMQ;

/**
 * Messages to and from ZeroMQ frames: the routing identities, the {@code <IDS|MSG>} delimiter, the
 * signature, then header, parent header, metadata and content as JSON (extra buffers are read and
 * ignored). A received message whose signature does not match, or that is not a message at all, is
 * dropped with a line on standard error.
 */
final class Wire {
    static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

    private final Signer signer;

    Wire(Signer signer) {
        this.signer = signer;
    }

    /** Reads the next message from the socket; empty when nothing arrives or what arrived is dropped. */
    Optional<Message> receive(ZMQ.Socket socket, int flags) {
        List<byte[]> frames = new ArrayList<>();
        byte[] first = socket.recv(flags);
        if (first == null) {
            return Optional.empty();
        }
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return decode(frames);
    }

    /** The message of a list of frames, checked; empty (and logged) when it is not valid or not signed right. */
    Optional<Message> decode(List<byte[]> frames) {
        int d = 0;
        while (d < frames.size() && !java.util.Arrays.equals(frames.get(d), DELIMITER)) {
            d++;
        }
        if (d + 6 > frames.size()) {
            System.err.println("indikator kernel: dropped a message without the Jupyter frames");
            return Optional.empty();
        }
        String signature = new String(frames.get(d + 1), StandardCharsets.US_ASCII);
        List<byte[]> signed = frames.subList(d + 2, d + 6);
        if (!signer.verify(signature, signed)) {
            System.err.println("indikator kernel: dropped a message with a wrong signature");
            return Optional.empty();
        }
        try {
            return Optional.of(new Message(frames.subList(0, d), json(frames.get(d + 2)), json(frames.get(d + 3)),
                    json(frames.get(d + 4)), json(frames.get(d + 5))));
        } catch (RuntimeException e) {
            System.err.println("indikator kernel: dropped a message whose parts are not JSON objects");
            return Optional.empty();
        }
    }

    private static JsonObject json(byte[] frame) {
        return JsonParser.parseString(new String(frame, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    /** The frames of a message, signed. */
    List<byte[]> encode(Message m) {
        List<byte[]> parts = List.of(bytes(m.header()), bytes(m.parentHeader()), bytes(m.metadata()), bytes(m.content()));
        List<byte[]> frames = new ArrayList<>(m.identities());
        frames.add(DELIMITER);
        frames.add(signer.sign(parts).getBytes(StandardCharsets.US_ASCII));
        frames.addAll(parts);
        return frames;
    }

    /** Sends a message on a socket (the caller owns the socket or holds its lock). */
    void send(ZMQ.Socket socket, Message m) {
        List<byte[]> frames = encode(m);
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i + 1 < frames.size() ? ZMQ.SNDMORE : 0);
        }
    }

    private static byte[] bytes(JsonObject o) {
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }
}
