package nl.binnenhof.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

import nl.binnenhof.analysis.AnalysisJson;
import nl.binnenhof.analysis.ArticleAnalysis;
import nl.binnenhof.read.Article;
import nl.binnenhof.text.Sentence;
import nl.binnenhof.text.TextLayers;

/**
 * Turns an analysed article into its block of index documents (see {@link Fields}). Everything is read from
 * the analysis JSON of {@link AnalysisJson#toMap}, which is also stored whole; only the sentence boundaries,
 * which that JSON does not carry, come from the text layers of the document.
 */
final class ArticleDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Text without length norms. The text fields are on one document in twenty, and Lucene reads such sparse
     * norms term by term when it writes a segment, which cost a tenth of all indexing time; news articles are
     * of much the same length, so ranking loses little without them.
     */
    private static final FieldType STORED_TEXT = textType(true);
    private static final FieldType TEXT = textType(false);

    private ArticleDocuments() {
    }

    /** The block of an article analysed here: the article document first, then its quotes, then its mentions. */
    static List<Document> block(Article article, String hash, ArticleAnalysis analysis) {
        return block(article, hash, AnalysisJson.toMap(analysis), analysis.document().get(TextLayers.SENTENCES));
    }

    /**
     * The block of an article from its analysis JSON ({@link AnalysisJson#toMap}, or the same computed elsewhere)
     * and its sentences.
     */
    static List<Document> block(Article article, String hash, Map<String, Object> json, List<Sentence> sentences) {
        Common common = new Common(article.id(), article.date(), Days.firstDay(article.date()),
                Headlines.of(article), article.source());
        Map<String, String> partyOf = partiesOfSpeakers(json);
        List<Map<String, Object>> quotes = new ArrayList<>(JsonMaps.objects(json, "quotes"));
        quotes.addAll(JsonMaps.objects(json, "indirectQuotes"));

        List<Document> mentions = new ArrayList<>();
        mentionDocuments(json, common, mentions);
        List<Document> block = new ArrayList<>(1 + quotes.size() + mentions.size());
        block.add(articleDocument(article, hash, json, common, quotes.size(), mentions.size(), sentences));
        for (int i = 0; i < quotes.size(); i++) {
            block.add(quoteDocument(quotes.get(i), i, common, partyOf));
        }
        block.addAll(mentions);
        return block;
    }

    /** What every document of the block carries; the headline and source only where a result shows them. */
    private record Common(String id, String date, LocalDate day, String headline, String source) {
        Document newDocument(String type) {
            Document doc = newSmallDocument(type);
            storeIfPresent(doc, Fields.HEADLINE, headline);
            storeIfPresent(doc, Fields.SOURCE, source);
            return doc;
        }

        Document newSmallDocument(String type) {
            Document doc = new Document();
            doc.add(new KeywordField(Fields.TYPE, type, Field.Store.NO));
            doc.add(new KeywordField(Fields.ARTICLE, id, Field.Store.YES));
            if (day != null) {
                long epochDay = day.toEpochDay();
                doc.add(new LongPoint(Fields.DAY, epochDay));
                doc.add(new NumericDocValuesField(Fields.DAY, epochDay));
            }
            storeIfPresent(doc, Fields.DATE, date);
            return doc;
        }
    }

    private static Document articleDocument(Article article, String hash, Map<String, Object> json, Common common,
            int quoteCount, int mentionCount, List<Sentence> sentences) {
        Document doc = common.newDocument(Fields.TYPE_ARTICLE);
        doc.add(new SortedDocValuesField(Fields.ARTICLE_KEY, new BytesRef(article.id())));
        doc.add(new BinaryDocValuesField(Fields.HASH, new BytesRef(hash)));
        doc.add(new StoredField(Fields.HASH, hash));
        doc.add(new Field(Fields.TEXT, article.text(), STORED_TEXT));
        if (article.title() != null) {
            doc.add(new Field(Fields.TITLE, article.title(), STORED_TEXT));
        }
        storeIfPresent(doc, Fields.ORIGIN, article.origin());
        doc.add(new StoredField(Fields.ANALYSIS, toJson(json)));
        doc.add(new StoredField(Fields.QUOTE_COUNT, quoteCount));
        doc.add(new StoredField(Fields.MENTION_COUNT, mentionCount));
        for (Map<String, Object> person : JsonMaps.objects(json, "persons")) {
            keyword(doc, Fields.PERSON, JsonMaps.string(person, "name"));
        }
        JsonMaps.strings(json, "parties").forEach(p -> keyword(doc, Fields.PARTY, p));
        JsonMaps.strings(json, "organisations").forEach(o -> keyword(doc, Fields.ORGANISATION, o));
        for (String pair : sentencePairs(json, sentences)) {
            doc.add(new SortedSetDocValuesField(Fields.SENTENCE_PAIR, new BytesRef(pair)));
        }
        return doc;
    }

    private static Document quoteDocument(Map<String, Object> quote, int index, Common common,
            Map<String, String> partyOf) {
        Document doc = common.newDocument(Fields.TYPE_QUOTE);
        String text = JsonMaps.string(quote, "text");
        doc.add(new Field(Fields.QUOTE_TEXT, text == null ? "" : text, TEXT));
        String speaker = JsonMaps.string(quote, "speaker");
        keyword(doc, Fields.SPEAKER, speaker);
        keyword(doc, Fields.SPEAKER_PARTY, speaker == null ? null : partyOf.get(speaker));
        keyword(doc, Fields.KIND, JsonMaps.string(quote, "kind"));
        doc.add(new NumericDocValuesField(Fields.QUOTE_INDEX, index));
        doc.add(new StoredField(Fields.QUOTE_INDEX, index));
        doc.add(new StoredField(Fields.QUOTE, toJson(quote)));
        return doc;
    }

    private static void mentionDocuments(Map<String, Object> json, Common common, List<Document> block) {
        for (Map<String, Object> person : JsonMaps.objects(json, "persons")) {
            Document doc = mentionDocument(common, JsonMaps.string(person, "name"), "person",
                    Math.max(1, JsonMaps.objects(person, "mentions").size()));
            keyword(doc, Fields.ACTOR_PARTY, JsonMaps.string(person, "party"));
            JsonMaps.strings(person, "roles").forEach(r -> keyword(doc, Fields.ROLE, r));
            block.add(doc);
        }
        Map<String, Integer> partyMentions = new HashMap<>();
        for (Map<String, Object> m : JsonMaps.objects(json, "partyMentions")) {
            partyMentions.merge(JsonMaps.string(m, "actor"), 1, Integer::sum);
        }
        for (String party : JsonMaps.strings(json, "parties")) {
            block.add(mentionDocument(common, party, "party", partyMentions.getOrDefault(party, 1)));
        }
        // The analysis JSON names organisations without their mentions: each counts once per article.
        for (String organisation : JsonMaps.strings(json, "organisations")) {
            block.add(mentionDocument(common, organisation, "organisation", 1));
        }
    }

    private static Document mentionDocument(Common common, String actor, String type, int mentions) {
        Document doc = common.newSmallDocument(Fields.TYPE_MENTION);
        keyword(doc, Fields.ACTOR, actor);
        keyword(doc, Fields.ACTOR_TYPE, type);
        doc.add(new NumericDocValuesField(Fields.MENTIONS, mentions));
        doc.add(new StoredField(Fields.MENTIONS, mentions));
        return doc;
    }

    /**
     * The speaker's party for each speaker that has one: a person's party as the analysis gives it for this
     * article, or the party itself when a party speaks.
     */
    private static Map<String, String> partiesOfSpeakers(Map<String, Object> json) {
        Map<String, String> partyOf = new HashMap<>();
        for (Map<String, Object> person : JsonMaps.objects(json, "persons")) {
            String party = JsonMaps.string(person, "party");
            if (party != null) {
                partyOf.put(JsonMaps.string(person, "name"), party);
            }
        }
        JsonMaps.strings(json, "parties").forEach(p -> partyOf.put(p, p));
        return partyOf;
    }

    /**
     * Every two actors (persons, also when referred to by a pronoun, and parties) named in one sentence, each
     * pair once per article, as "a TAB b" with a before b.
     */
    static Set<String> sentencePairs(Map<String, Object> json, List<Sentence> sentences) {
        int[] begins = sentences.stream().mapToInt(Sentence::begin).toArray();
        Map<Integer, Set<String>> actorsBySentence = new LinkedHashMap<>();
        for (Map<String, Object> person : JsonMaps.objects(json, "persons")) {
            String name = JsonMaps.string(person, "name");
            for (Map<String, Object> mention : JsonMaps.objects(person, "mentions")) {
                addToSentence(actorsBySentence, begins, JsonMaps.integer(mention, "begin", -1), name);
            }
        }
        for (String key : List.of("partyMentions", "references")) {
            for (Map<String, Object> mention : JsonMaps.objects(json, key)) {
                addToSentence(actorsBySentence, begins, JsonMaps.integer(mention, "begin", -1),
                        JsonMaps.string(mention, "actor"));
            }
        }
        Set<String> pairs = new TreeSet<>();
        for (Set<String> actors : actorsBySentence.values()) {
            List<String> sorted = List.copyOf(actors);
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    pairs.add(sorted.get(i) + Fields.SEPARATOR + sorted.get(j));
                }
            }
        }
        return pairs;
    }

    private static void addToSentence(Map<Integer, Set<String>> actorsBySentence, int[] begins, int offset,
            String actor) {
        if (offset < 0 || actor == null || begins.length == 0) {
            return;
        }
        int found = Arrays.binarySearch(begins, offset);
        int sentence = found >= 0 ? found : Math.max(0, -found - 2);
        actorsBySentence.computeIfAbsent(sentence, s -> new TreeSet<>()).add(actor);
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static void keyword(Document doc, String field, String value) {
        if (value != null && !value.isEmpty()) {
            doc.add(new KeywordField(field, value, Field.Store.YES));
        }
    }

    private static void storeIfPresent(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the analysis could not be written as JSON", e);
        }
    }
}
