package briefings

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsbot-dev/newsbot"
)

// Written for this test: a bridge story whose most central sentence is a
// statement, and a second outlet that printed that sentence word for word.
var (
	bridgeA = article(30, "https://a.example/bridge", "Kell bridge to reopen in June", "Alpha News",
		"The Kell river bridge, closed since the spring floods, will reopen to traffic in June, the city council announced on Tuesday.",
		"Mayor Lena Brandt said the Kell river bridge would reopen to traffic by the end of June after repairs to its pillars.",
		"Engineers replaced two pillars that the floods had undermined and resurfaced the whole deck.",
		"The repairs cost the city four million euros, a third of it paid by the regional government.",
		"Shop owners near the bridge said months of detours had cut their trade by half.")
	bridgeB = article(31, "https://b.example/kell", "Kell bridge reopening set", "Beta Times",
		"Mayor Lena Brandt said the Kell river bridge would reopen to traffic by the end of June after repairs to its pillars.",
		"Buses will return to their old routes across the river from the first of July.")
)

// A briefing says each thing once: a sentence that is mostly a key quote is
// shown as the quote, with its speaker, and not as a summary sentence too,
// whichever outlet printed it.
func TestBriefSaysEachThingOnce(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cands []Candidate
	}{
		{"one outlet", []Candidate{{Article: bridgeA, Weight: 1}}},
		{"the copy in another outlet", []Candidate{{Article: bridgeA, Weight: 1}, {Article: bridgeB, Weight: 0.9}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := Build(newsbot.ParseTopic("kell bridge"), tc.cands, nil, Options{})
			var brandt *newsbot.BriefQuote
			for i, q := range b.Quotes {
				if q.Speaker == "Lena Brandt" {
					brandt = &b.Quotes[i]
				}
			}
			if brandt == nil {
				t.Fatalf("key quotes %+v; want Lena Brandt's", b.Quotes)
			}
			// The council's announcement is the news itself: it stays a
			// summary sentence, and its quote is not repeated.
			if !slices.ContainsFunc(b.Sentences, func(s newsbot.BriefSentence) bool { return strings.HasPrefix(s.Text, "The Kell river bridge, closed") }) {
				t.Errorf("summary sentences %+v; want the council's announcement among them", b.Sentences)
			}
			if len(b.Sentences) < 3 {
				t.Errorf("%d summary sentences; want the others to take the statement's place: %+v", len(b.Sentences), b.Sentences)
			}
			for _, s := range b.Sentences {
				for _, q := range b.Quotes {
					if strings.Contains(" "+sameWords(s.Text), " "+sameWords(q.Text)) {
						t.Errorf("%q is both a summary sentence and a key quote", q.Text)
					}
				}
			}
		})
	}
}

// When the statement is all an article has to say, the summary sentence
// stays and the key quote that would repeat it is left out.
func TestBriefKeepsTheOnlySentence(t *testing.T) {
	a := article(32, "", "Kell bridge", "Gamma Gazette",
		"Mayor Lena Brandt said the Kell river bridge would reopen to traffic by the end of June after repairs to its pillars.")
	b := Build(newsbot.ParseTopic("kell bridge"), []Candidate{{Article: a, Weight: 1}}, nil, Options{})
	if len(b.Sentences) != 1 || len(b.Quotes) != 0 {
		t.Errorf("sentences %+v, quotes %+v; want the one sentence and no quote", b.Sentences, b.Quotes)
	}
}

// A sentence that opens with a contracted pronoun leans on the one before
// it as much as one that opens with the pronoun.
func TestStandaloneContractedPronoun(t *testing.T) {
	for _, tc := range []struct {
		text string
		want float64
	}{
		{"It’s the busiest crossing in the region.", 0.75},
		{"They're expected back on Monday.", 0.75},
		{"It is the busiest crossing in the region.", 0.75},
		{"Italy’s busiest crossing reopened on Monday.", 1},
		{"O'Neill's team won the final.", 1},
	} {
		if got := standalone(newsbot.Sentence{Text: tc.text, End: len(tc.text)}, nil); got != tc.want {
			t.Errorf("standalone(%q) = %v; want %v", tc.text, got, tc.want)
		}
	}
}

// A key quote left out because a summary sentence holds it (the council's
// announcement) gives its place to the next best quote.
func TestBriefRefillsKeyQuotes(t *testing.T) {
	a := article(40, "https://a.example/pool", "Orly pool to close for repairs", "Alpha News",
		"The Orly public pool will close for six months of repairs from January, the city council announced on Monday.",
		"The pool's roof has leaked since a storm in March, and inspectors found rust in two of its beams.",
		"Swim coach Tomas Reyes said his club would train at the university pool in Dunmore until the work is done.",
		"Parent Ada Wells said the drive to Dunmore would add an hour to every training night for families.",
		"The repairs will cost about two million euros.",
		"Lifeguard Nora Pike said the pool staff would work at the beach stations for the summer.")
	b := Build(newsbot.ParseTopic("orly pool"), []Candidate{{Article: a, Weight: 1}}, nil, Options{MaxQuotes: 2, MaxSentences: 3})
	if len(b.Quotes) != 2 {
		t.Errorf("%d key quotes %+v; want 2", len(b.Quotes), b.Quotes)
	}
	for _, q := range b.Quotes {
		for _, s := range b.Sentences {
			if strings.Contains(" "+sameWords(s.Text), " "+sameWords(q.Text)) {
				t.Errorf("%q is both a summary sentence and a key quote", q.Text)
			}
		}
	}
}
