package nl.binnenhof.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.binnenhof.actors.ActorAnalysis;
import nl.binnenhof.actors.ActorLayers;
import nl.binnenhof.actors.Mention;
import nl.binnenhof.events.EventAnalysis;
import nl.binnenhof.kb.KnowledgeBase;
import nl.binnenhof.positions.PositionAnalysis;
import nl.binnenhof.positions.PositionLayers;
import nl.binnenhof.quotes.QuoteAnalysis;
import nl.binnenhof.quotes.QuoteLayers;
import nl.binnenhof.read.Article;
import nl.binnenhof.text.Annotator;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Pipeline;
import nl.binnenhof.text.TextAnalysis;

/**
 * The whole analysis in one call: {@code Analyzer.create().analyze(article)}. Built once (lexicons and
 * knowledge base loaded, stage order checked), then safe to share between threads.
 */
public final class Analyzer {
    private final Pipeline pipeline;

    private Analyzer(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The standard pipeline over the bundled knowledge base. */
    public static Analyzer create() {
        return create(KnowledgeBase.bundled());
    }

    public static Analyzer create(KnowledgeBase kb) {
        List<Annotator> stages = new ArrayList<>(TextAnalysis.pipeline().stages());
        stages.addAll(ActorAnalysis.stages(kb));
        stages.addAll(QuoteAnalysis.stages());
        stages.addAll(PositionAnalysis.stages());
        stages.addAll(EventAnalysis.stages(kb));
        return new Analyzer(new Pipeline(stages));
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public ArticleAnalysis analyze(Article article) {
        Document doc = new Document(article);
        pipeline.annotate(doc);
        return new ArticleAnalysis(doc, doc.get(ActorLayers.PERSON_PROFILES), actors(doc.get(ActorLayers.PARTY_MENTIONS)),
                actors(doc.get(ActorLayers.ORGANISATION_MENTIONS)), doc.get(QuoteLayers.QUOTES),
                doc.get(QuoteLayers.INDIRECT_QUOTES), doc.get(ActorLayers.PERSON_MENTIONS),
                doc.get(ActorLayers.PARTY_MENTIONS), doc.get(ActorLayers.ORGANISATION_MENTIONS),
                doc.get(ActorLayers.REFERENCES), doc.get(PositionLayers.POSITIONS));
    }

    private static List<String> actors(List<Mention> mentions) {
        Set<String> names = new LinkedHashSet<>();
        mentions.forEach(m -> names.add(m.actor()));
        return List.copyOf(names);
    }
}
