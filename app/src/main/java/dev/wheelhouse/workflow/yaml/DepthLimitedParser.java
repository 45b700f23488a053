package dev.wheelhouse.workflow.yaml;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

import java.util.Optional;

/**
 * SnakeYAML's parser, refusing collections nested deeper than GitHub reads them. GitHub's
 * workflow reader gives up past 50 levels with "Maximum object depth exceeded"
 * (actions/runner, {@code TemplateContext.MaxDepth => 50}); SnakeYAML's composer is recursive and
 * would instead overflow the stack from about 1,400 levels, so the depth is counted here, on the
 * events, before the composer descends.
 */
final class DepthLimitedParser implements Parser {

    /** GitHub's limit for a workflow's nesting. */
    static final int MAX_DEPTH = 50;

    /** Thrown through the composer when the limit is passed; carries where. */
    static final class TooDeep extends RuntimeException {
        private final transient Optional<Mark> mark;

        TooDeep(Optional<Mark> mark) {
            super(null, null, false, false);
            this.mark = mark;
        }

        Optional<Mark> mark() {
            return mark;
        }
    }

    private final Parser parser;
    private int depth;

    DepthLimitedParser(Parser parser) {
        this.parser = parser;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case MappingStart, SequenceStart -> {
                if (++depth > MAX_DEPTH) {
                    throw new TooDeep(event.getStartMark());
                }
            }
            case MappingEnd, SequenceEnd -> depth--;
            default -> {
                // Scalars, aliases and document events do not nest.
            }
        }
        return event;
    }
}
