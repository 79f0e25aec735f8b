package quotes

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// pathological are inputs no news article holds but a fetched page can:
// a table flattened into one sentence, a page without punctuation, a
// list of slogans run together. The extractor must get through each in
// time linear in its length, since one such page would otherwise stall
// ingestion.
var pathological = []struct {
	name string
	text func(n int) string
	n    int  // repetitions in the benchmark
	says bool // the rules find statements in it
}{
	// Clauses with cues joined by commas and "and": every cue's content
	// runs to the sentence's end.
	{"clauses", func(n int) string {
		return strings.Repeat("the warden said the gate was shut, and ", n) + "the keys were lost."
	}, 3000, true},
	// One cue after another, each taking a that-clause.
	{"tellers", func(n int) string {
		return strings.Repeat("Moss told the council that ", n) + "the pier is unsafe."
	}, 3000, true},
	// Quoted slogans after "chanting", each looking back for its chanters.
	{"chants", func(n int) string {
		return "Fans filled the square" + strings.Repeat(", chanting “we want more”", n) + "."
	}, 8000, true},
	// Many short paragraphs.
	{"paragraphs", func(n int) string {
		return strings.Repeat("Moss said the pier is unsafe.\n\n", n)
	}, 5000, true},
	// A page of statements four times as long: read in parts.
	{"page", func(n int) string {
		return strings.Repeat("Moss said the pier is unsafe.\n\n", n)
	}, 20000, true},
	// Statements run together in one paragraph.
	{"oneparagraph", func(n int) string {
		return strings.Repeat("Moss said the pier is unsafe. ", n)
	}, 5000, true},
	// A transcript of many turns.
	{"transcript", func(n int) string {
		return strings.Repeat("MOSS: The pier is unsafe.\n\nOKAFOR: It is not.\n\n", n)
	}, 3000, true},
	// A different speaker in each sentence.
	{"names", func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "Ann Xa%d said the pier was unsafe. ", i)
		}
		return b.String()
	}, 5000, true},
	// A table flattened into words and numbers with no punctuation.
	{"table", func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "Harbor Street %d units %d said ", i, 3*i)
		}
		return b.String()
	}, 3000, false},
	// Pronouns after speakers named and unnamed, an organisation's "it":
	// each pronoun looks back for whom it means.
	{"pronouns", func(n int) string {
		return strings.Repeat("A local shopkeeper said the pier is unsafe. Ann Moss of Harbor Trust said it was not. She said the gate was shut. It said the keys were lost. ", n)
	}, 3000, true},
	// Clauses that a conjunction or an opening phrase sets inside
	// another statement: each looks for the statements it cuts.
	{"subordinates", func(n int) string {
		return strings.Repeat("Lee said the gate was shut while guards said the keys were lost. On the claim that crews agree with him, Okafor said the pier is unsafe. ", n)
	}, 3000, true},
	// A roster of names in one paragraph, a lower-case word only at its
	// end: each name asks whether its paragraph is a headline.
	{"roster", func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "Ann Xa%d of Ben Yb%d ", i, i)
		}
		return b.String() + "and others."
	}, 3000, false},
	// A quotation after a quotation in one paragraph.
	{"quotations", func(n int) string {
		return strings.Repeat("“The pier is unsafe,” Moss said, and ", n) + "left."
	}, 3000, true},
	// A quotation opened and never closed: one region over many cuts.
	{"unclosed", func(n int) string {
		return "“" + strings.Repeat("the pier is unsafe, Moss said, and the crew agreed ", n)
	}, 3000, false},
	// Plain narrative with no full stop at all.
	{"unpunctuated", func(n int) string {
		return strings.Repeat("the ferry left the dock and the crew waved to the crowd while ", n) + "rain fell"
	}, 3000, false},
}

// Every sentence of a pathological page is cut to at most maxSentence
// tokens, before a quotation where one opens near the cut, and the
// extractor gets through the page: the work per cue is then bounded by
// the limit, not by the page.
func TestPathologicalBounded(t *testing.T) {
	for _, p := range pathological {
		text := p.text(p.n / 5) // long enough for many cuts
		d := newDoc(text)
		longest := 0
		for s, sr := range d.sents {
			longest = max(longest, sr[1]-sr[0])
			if s > 0 && d.sents[s-1][1] == sr[0] && d.paraOf[sr[0]] == d.paraOf[sr[0]-1] {
				if q := d.inq[sr[0]]; q >= 0 && d.regions[q].first != sr[0] && d.regions[q].last-d.regions[q].first < maxSentence/2 {
					t.Errorf("%s: sentence %d starts inside the quotation at %d", p.name, s, d.regions[q].first)
				}
			}
		}
		if longest > maxSentence {
			t.Errorf("%s: a sentence of %d tokens, want at most %d", p.name, longest, maxSentence)
		}
		if got := (Extractor{}).Extract(text); p.says && len(got) == 0 {
			t.Errorf("%s: no attribution", p.name)
		}
	}
}

// A long sentence under the limit is read whole: the statement runs
// from the cue to the sentence's end. One over the limit still yields
// its statement, cut with the sentence.
func TestLongSentence(t *testing.T) {
	list := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "Route %d, ", 40+i)
		}
		return b.String()
	}
	for _, c := range []struct {
		routes     int
		start, end string
	}{
		{180, "the county would repave Route 40,", "before the autumn rains"},
		{400, "the county would repave Route 40,", ""},
	} {
		text := "Ortiz said the county would repave " + list(c.routes) + "and Route 9 before the autumn rains."
		if n := len(newDoc(text).toks); c.end != "" && n > maxSentence || c.end == "" && n <= maxSentence {
			t.Fatalf("%d routes: %d tokens, the case is on the wrong side of %d", c.routes, n, maxSentence)
		}
		var got []string
		found := false
		for _, a := range (Extractor{}).Extract(text) {
			q := a.Quote(text)
			got = append(got, q.Mention+": "+q.Text)
			found = found || q.Mention == "Ortiz" && strings.HasPrefix(q.Text, c.start) && strings.HasSuffix(q.Text, c.end)
		}
		if !found {
			t.Errorf("%d routes: got %.300q, want Ortiz's statement from %q to %q", c.routes, got, c.start, c.end)
		}
	}
}

// A cut that would fall between a word and its "'s" goes before the
// word, so the possessor is read in its own piece.
func TestCutKeepsPossessive(t *testing.T) {
	text := strings.Repeat("plain ", maxSentence-1) + "Lee's criticism of the harbor plan grew sharper."
	d := newDoc(text)
	for _, s := range d.sents {
		if d.toks[s[0]].lower == "'s" {
			t.Fatalf("a sentence opens with %q at token %d", d.toks[s[0]].text, s[0])
		}
	}
	for _, a := range (Extractor{}).Extract(text) {
		if q := a.Quote(text); q.Mention == "Lee" && q.Text == "the harbor plan" {
			return
		}
	}
	t.Errorf("no statement [Lee] {the harbor plan} in %q", text[len(text)-60:])
}

// A text longer than maxText is read in parts, and every statement is
// found where it is in the whole text, up to the last.
func TestLongText(t *testing.T) {
	para := "Okafor said the ferry would run late.\n\n"
	n := 2*maxText/len([]rune(para)) + 3
	text := strings.Repeat(para, n)
	got := (Extractor{}).Extract(text)
	if len(got) != n {
		t.Fatalf("%d attributions, want %d", len(got), n)
	}
	for i, q := range ToQuotes(text, got) {
		if q.Mention != "Okafor" || q.Text != "the ferry would run late" || q.Cue != "said" {
			t.Fatalf("attribution %d: %q by %q (cue %q)", i, q.Text, q.Mention, q.Cue)
		}
	}
}

func BenchmarkPathological(b *testing.B) {
	for _, p := range pathological {
		text := p.text(p.n)
		b.Run(p.name, func(b *testing.B) {
			for b.Loop() {
				Extractor{}.Extract(text)
			}
		})
	}
}

func BenchmarkSeedArticle(b *testing.B) {
	text := seedText(b)
	for b.Loop() {
		Extractor{Model: defaultModel}.Extract(text)
	}
}

func seedText(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("testdata/annan-presses-russia-on-syria.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}
