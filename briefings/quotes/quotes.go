// Package quotes finds attributed statements in an article body: direct
// quotations, mixed and indirect speech, who made them and with which
// cue, so that briefings show quotes with their speakers.
//
// It is rule-based: quote marks are paired within paragraphs, sentences
// are split around them, and each cue (a verb of saying or of stance,
// active or passive, "according to", "in a … poll", a transcript colon)
// is given the speaker phrase and the clause it governs. Quotations are
// also attributed by their shape: any verb right after one ("“…!” beamed
// X"), a clause ending in a colon before one, a dash signature ("— X").
// Speakers are resolved to the full name the article first gave them.
// A cue that is negated keeps its negation ("has not agreed"), since
// briefings show it.
//
// A small learned layer then works on what the rules found (learn.go):
// a ranker moves a statement's end where annotators end it, a classifier
// drops attributions unlikely to be right and adds those of cues no rule
// lists. Its weights (model.bin, embedded) are learned from annotated
// news by Train (train.go), reproducibly: "newsbot train quotes FILE".
package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot-dev/newsbot"
)

// Attribution is one attributed statement.
type Attribution struct {
	// Content is where the statement is, in code points; several spans when
	// a quotation resumes after narrative.
	Content []newsbot.Span
	// Speaker is the speaker's mention at this attribution ("he",
	// "Medvedev", "the Russian president"); zero when none. It is the head
	// of the mention: an appositive ("Douglas Holtz-Eakin, an economist
	// who ...") is left out, except a name standing in one ("his top
	// aide, Tad Devine").
	Speaker newsbot.Span
	// Cue is the cue ("said", "according to").
	Cue newsbot.Span
	// SpeakerName is the speaker's full name as first introduced in the
	// article ("he" -> "Dmitry Medvedev"); "" when unknown.
	SpeakerName string
	Kind        newsbot.QuoteKind
	// Unsure marks a speaker inferred weakly (carried over, ambiguous).
	Unsure bool
}

// Extract finds the attributions in an article body, with the rules and
// the embedded model.
func Extract(text string) []Attribution {
	return Extractor{Model: defaultModel}.Extract(text)
}

// Extractor is an attribution extractor with a choice of learned
// components. The zero value uses the rules alone.
type Extractor struct {
	// Model gives the learned components; nil for none.
	Model *Model
	// The learned components, each of which can be switched off to
	// measure what it contributes: NoBoundaries keeps the rules' content
	// boundaries, NoFilter keeps every attribution the rules find, NoCues
	// adds no attribution of a cue outside the rules.
	NoBoundaries, NoFilter, NoCues bool
}

// Extract finds the attributions in an article body.
func (e Extractor) Extract(text string) []Attribution {
	if utf8.RuneCountInString(text) > maxText {
		return e.extractParts(text)
	}
	d := newDoc(text)
	x := &extractor{d: d}
	x.run()
	if e.Model != nil {
		x.learn(e)
	}
	out := x.report()
	x.release()
	return out
}

// settle drops the attributions that are not statements of their own:
// one whose cue sits inside another's content is reported speech within
// reported speech ("he said his parents told him: …"), and the outer
// statement is the one shown; one whose content another already has is
// the same statement found twice (two cues, or a cue and a
// continuation).
func (x *extractor) settle() {
	if x.settled {
		return
	}
	x.settled = true
	// A container that is itself inside another statement is not one:
	// "Asked if he had known the bridge was …, the mayor replied, “…”".
	all := newSpanIndex(x.attrs, nil)
	contained := make([]bool, len(x.attrs))
	for i, a := range x.attrs {
		contained[i] = all.holds(a.cue)
	}
	outer := newSpanIndex(x.attrs, contained)
	seen := map[[2]int]bool{}
	var kept []attr
	for i, a := range x.attrs {
		if contained[i] && outer.holds(a.cue) {
			continue
		}
		if len(a.content) == 0 {
			continue
		}
		key := [2]int{a.content[0].first, a.content[len(a.content)-1].last}
		if seen[key] {
			continue
		}
		seen[key] = true
		kept = append(kept, a)
	}
	x.attrs = kept
}

// report turns the attributions found into the package's Attributions,
// with their speakers resolved.
func (x *extractor) report() []Attribution {
	x.settle()
	d := x.d
	names := newResolver(d)
	srcs := make([]tspan, 0, len(x.attrs))
	for _, a := range x.attrs {
		if a.src.ok() {
			srcs = append(srcs, a.src)
		}
	}
	names.markSpeakers(srcs)
	names.chainPronouns(srcs)
	names.freeze()
	out := make([]Attribution, 0, len(x.attrs))
	for _, a := range x.attrs {
		var at Attribution
		for _, c := range mergeSpans(a.content) {
			at.Content = append(at.Content, newsbot.Span{Start: int(d.toks[c.first].start), End: int(d.toks[c.last].end)})
		}
		if a.src.ok() {
			at.Speaker = newsbot.Span{Start: int(d.toks[a.src.first].start), End: int(d.toks[a.src.last].end) - contractedBe(&d.toks[a.src.last])}
			at.SpeakerName, at.Unsure = names.resolve(a.src, a.unsure)
		}
		at.Unsure = at.Unsure || a.unsure
		cue := negated(d, a)
		at.Cue = newsbot.Span{Start: int(d.toks[cue.first].start), End: int(d.toks[cue.last].end)}
		at.Kind = kindOf(d, a.content)
		if a.verbatim {
			at.Kind = newsbot.Direct
		}
		out = append(out, at)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Content[0].Start < out[j].Content[0].Start })
	return out
}

// negations turn a cue around: "has not agreed", "never said".
var negations = setPlus(negatedAuxiliaryWords, "not", "n't", "never", "cannot")

// negated returns the cue of a, widened over the auxiliaries and adverbs
// before it when they negate it ("Damascus has not agreed"), so that
// whoever shows the cue does not turn a refusal into an agreement.
func negated(d *doc, a attr) tspan {
	c := a.cue
	first, neg := c.first, false
	for k := c.first - 1; k >= 0 && k > a.src.last && d.inq[k] < 0 && d.toks[k].kind == word && (d.toks[k].in(inBetween) || negations[d.toks[k].lower] || adverb(&d.toks[k])); k-- {
		first = k
		neg = neg || negations[d.toks[k].lower]
	}
	if neg {
		c.first = first
	}
	return c
}

// mergeSpans orders token spans and joins overlapping or adjacent ones.
func mergeSpans(in []tspan) []tspan {
	s := append([]tspan(nil), in...)
	sort.Slice(s, func(i, j int) bool { return s[i].first < s[j].first })
	var out []tspan
	for _, c := range s {
		if n := len(out); n > 0 && c.first <= out[n-1].last+1 {
			out[n-1].last = max(out[n-1].last, c.last)
			continue
		}
		out = append(out, c)
	}
	return out
}

// kindOf classifies content: direct when every part is a quotation, mixed
// when some is quoted, indirect otherwise.
func kindOf(d *doc, content []tspan) newsbot.QuoteKind {
	quoted, narrative := 0, 0
	for _, c := range content {
		for k := c.first; k <= c.last; k++ {
			t := &d.toks[k]
			if t.kind == qmark {
				continue
			}
			if d.inq[k] >= 0 {
				quoted++
			} else if t.kind == word {
				narrative++
			}
		}
	}
	switch {
	case quoted > 0 && narrative == 0:
		return newsbot.Direct
	case quoted > 0:
		return newsbot.Mixed
	}
	return newsbot.Indirect
}

// Quote turns the attribution into the archive's Quote for the article
// body text.
func (a Attribution) Quote(text string) newsbot.Quote { return a.quote([]rune(text)) }

// ToQuotes turns the attributions ats found in text into the archive's
// Quotes. It reads text's code points once, where Quote per
// attribution reads them all each time: on a page of thousands of
// statements that costs the square of its length.
func ToQuotes(text string, ats []Attribution) []newsbot.Quote {
	rs := []rune(text)
	out := make([]newsbot.Quote, 0, len(ats))
	for _, a := range ats {
		out = append(out, a.quote(rs))
	}
	return out
}

func (a Attribution) quote(rs []rune) newsbot.Quote {
	slice := func(s newsbot.Span) string {
		if s.Start < 0 || s.End > len(rs) || s.End < s.Start {
			return ""
		}
		return string(rs[s.Start:s.End])
	}
	q := newsbot.Quote{
		Speaker:     a.SpeakerName,
		Mention:     slice(a.Speaker),
		MentionSpan: a.Speaker,
		Cue:         slice(a.Cue),
		Kind:        a.Kind,
		Unsure:      a.Unsure,
	}
	if q.Speaker == "" {
		q.Speaker = q.Mention
	}
	q.Speaker = lowerArticle(q.Speaker)
	parts := make([]string, 0, len(a.Content))
	for _, c := range a.Content {
		parts = append(parts, strings.TrimSpace(slice(c)))
	}
	q.Text = strings.Join(parts, " … ")
	if n := len(a.Content); n > 0 {
		q.Content = newsbot.Span{Start: a.Content[0].Start, End: a.Content[n-1].End}
	}
	return q
}

// lowerArticle writes the article of a body's name in lower case, as it
// stands after "— " under a quote: "The Justice Department" (capitalised
// because it opened its sentence) and "the Justice Department" are one
// speaker, listed once and named alike ("What the Justice Department
// said"). A name that is not a body's ("The Weeknd") is rare as a speaker
// and reads the same either way.
func lowerArticle(speaker string) string {
	rest, ok := strings.CutPrefix(speaker, "The ")
	if !ok {
		return speaker
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return speaker // "The coast guard": a description, left as printed
	}
	return "the " + rest
}

// contractedBe is the length in code points of a "be" contracted onto a
// speaker's last word ("They're calling for", "I'm talking about"), which
// the tokenizer keeps as one word: the mention is the pronoun alone, so
// that a briefing reads "they", a pronoun, and not a name "They're".
func contractedBe(t *token) int {
	for _, c := range []string{"'re", "'m"} {
		if len(t.lower) > len(c) && strings.HasSuffix(t.lower, c) {
			return len(c)
		}
	}
	return 0
}
