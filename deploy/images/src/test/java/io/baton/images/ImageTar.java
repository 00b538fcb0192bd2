package io.baton.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A docker-archive image tar (what `docker save` writes and `docker load` reads): its manifest and its config. */
record ImageTar(JsonNode manifest, JsonNode config) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static ImageTar read(Path tar) throws IOException {
        Map<String, byte[]> jsonFiles = jsonEntries(tar);
        JsonNode manifest = JSON.readTree(jsonFiles.get("manifest.json")).get(0);
        byte[] config = jsonFiles.get(manifest.path("Config").asText());
        if (config == null) {
            throw new IOException(tar + " has no config " + manifest.path("Config"));
        }
        return new ImageTar(manifest, JSON.readTree(config));
    }

    /** The tar's small JSON entries by name; layers are skipped, not read into memory. */
    private static Map<String, byte[]> jsonEntries(Path tar) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(tar)) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = new String(header, 0, 100, StandardCharsets.US_ASCII).trim().replace("\0", "");
                long size = Long.parseLong(new String(header, 124, 11, StandardCharsets.US_ASCII).trim(), 8);
                long padded = (size + 511) / 512 * 512;
                if (name.endsWith(".json")) {
                    entries.put(name, in.readNBytes((int) size));
                    in.skipNBytes(padded - size);
                } else {
                    in.skipNBytes(padded);
                }
            }
        }
        return entries;
    }
}
