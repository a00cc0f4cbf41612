package org.masthead.bench.corpus;

import java.util.List;
import org.masthead.model.Edition;

/**
 * One generated edition: its ground truth and its page files as the converter left them.
 *
 * @param truth the edition a perfect parser would reconstruct from the files (text the damage
 *              destroyed is absent from it, and flagged)
 * @param files the page files, in page order
 */
public record GeneratedEdition(Edition truth, List<PageFile> files) {

    /**
     * One page file.
     *
     * @param name     file name (jfjb-2025-06-19-p01.md)
     * @param encoding how it is encoded (UTF-8, UTF-8+BOM, GB18030, with +CRLF when so)
     * @param bytes    its content
     */
    public record PageFile(String name, String encoding, byte[] bytes) {
    }
}
