package nl.binnenhof.events.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Whole words, beginnings and endings, in any case. */
class WordMatcherTest {
    private static WordMatcher<String> cues() {
        return new WordMatcher<String>().add("asiel*", "begin").add("*migratie", "end")
                .add("asielmigratie", "whole").add("wet", "law");
    }

    @Test
    void aWordGetsItsLongestCueWholeWordsFirst() {
        WordMatcher<String> m = cues();
        assertEquals("whole", m.match("Asielmigratie"));
        assertEquals("begin", m.match("asielzoekers"));
        assertEquals("end", m.match("arbeidsmigratie"));
        assertEquals("law", m.match("WET"));
        assertNull(m.match("wetsvoorstel"), "a whole-word cue does not match a longer word");
        assertNull(m.match("kabinet"));
        assertEquals(List.of("begin", "end"), m.allMatches("asielarbeidsmigratie", new ArrayList<>()));
    }
}
