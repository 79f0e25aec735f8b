package briefings

import (
	"strings"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// on gives an article the time it was published: a story's reports come
// hours or days apart.
func on(a newsbot.Article, day, hour int) newsbot.Article {
	a.Published = time.Date(2024, 11, day, hour, 0, 0, 0, time.UTC)
	return a
}

// Written for these tests: another flood, in another country, the same
// week; the flood wire as a second outlet reprinted it; an older report
// on the telescope that says other things in figures.
var (
	floodAbroad = article(54, "https://east.example/lindau", "Nine dead in Lindau floods", "Eastern Courier",
		"Nine people are now known to have died in floods in the Kestovian town of Lindau, up from four on Sunday, regional governor Petra Solberg said.",
		"The Ilm river rose three metres in a day, cutting the town off from the motorway.")
	floodReprint = article(55, "https://valdera.example/storm", "Storm Orsolya kills four", "Valdera Post",
		"At least four people were killed and hundreds forced from their homes after Storm Orsolya brought torrential rain to the southern coast overnight, officials said on Sunday.",
		"Rescue boats pulled 212 people from roofs and cars in Porto Vale overnight, the coastguard said.",
		"Schools in the flooded province will stay closed for four days.")
	scopeFacts = article(56, "https://orbit.example/halden", "Halden: what the telescope will do", "Orbit Weekly",
		"The Halden space telescope is designed to work for at least ten years after its launch.",
		"Its mirror, 4.2 metres across, is the largest the European Orbital Agency has built.",
		"The agency will publish its review of the reaction wheel fault in March.")
)

// A story develops: Monday's report gives seven dead "up from four on
// Sunday", and a launch postponed "until March" is brought forward to
// February 24. The older figure or plan is not shown as if it still held,
// neither as a sentence nor as a key quote, and the briefing opens with
// the story as it stands.
func TestBriefShowsTheStoryAsItStands(t *testing.T) {
	for _, tc := range []struct {
		name, topic string
		cands       []Candidate
		lead        string // the first sentence, as it starts
		stale       string // no sentence or quote holds it
	}{
		{"flood toll", "storm orsolya floods",
			[]Candidate{{Article: on(floodWire, 10, 6), Weight: 0.9}, {Article: on(floodUpdate, 11, 19), Weight: 1}},
			"Seven people are now known", "four people were killed"},
		{"flood toll, update ranked lower", "storm orsolya floods",
			[]Candidate{{Article: on(floodWire, 10, 6), Weight: 1}, {Article: on(floodUpdate, 11, 19), Weight: 0.8}},
			"Seven people are now known", "four people were killed"},
		{"flood toll, the wire reprinted", "storm orsolya floods",
			[]Candidate{{Article: on(floodWire, 10, 6), Weight: 0.9}, {Article: on(floodReprint, 10, 8), Weight: 0.9}, {Article: on(floodUpdate, 11, 19), Weight: 1}},
			"Seven people are now known", "four people were killed"},
		{"launch date", "halden telescope",
			[]Candidate{{Article: on(scopeOld, 8, 9), Weight: 0.8}, {Article: on(scopeNew, 17, 10), Weight: 1}},
			"The Halden space telescope will now launch", "postponed until March"},
	} {
		b := Build(newsbot.ParseTopic(tc.topic), tc.cands, nil, Options{})
		if len(b.Sentences) == 0 || !strings.HasPrefix(b.Sentences[0].Text, tc.lead) {
			t.Errorf("%s: briefing opens %+v; want %q…", tc.name, b.Sentences, tc.lead)
		}
		for _, s := range b.Sentences {
			if strings.Contains(s.Text, tc.stale) {
				t.Errorf("%s: the replaced figure is shown: %q", tc.name, s.Text)
			}
		}
		for _, q := range b.Quotes {
			if strings.Contains(q.Text, tc.stale) {
				t.Errorf("%s: the replaced figure is shown as a quote of %s: %q", tc.name, q.Speaker, q.Text)
			}
		}
		if len(b.Sentences) < 3 {
			t.Errorf("%s: %d sentences; want the next best in the replaced one's place", tc.name, len(b.Sentences))
		}
	}
}

// Guards: reports of one moment, of another story, or that give figures
// for other things are shown as before.
func TestBriefKeepsWhatNoUpdateReplaces(t *testing.T) {
	for _, tc := range []struct {
		name, topic string
		cands       []Candidate
		keep        []string // each shown in a sentence or quote
	}{
		{"same time", "storm orsolya floods",
			[]Candidate{{Article: on(floodWire, 11, 19), Weight: 0.9}, {Article: on(floodUpdate, 11, 19), Weight: 1}},
			[]string{"four people were killed", "Seven people are now known"}},
		{"older update", "storm orsolya floods",
			[]Candidate{{Article: on(floodWire, 12, 6), Weight: 0.9}, {Article: on(floodUpdate, 11, 19), Weight: 1}},
			[]string{"four people were killed", "Seven people are now known"}},
		{"unknown date", "storm orsolya floods",
			[]Candidate{{Article: on(floodWire, 10, 6), Weight: 0.9}, {Article: func() newsbot.Article { a := floodUpdate; a.Published = time.Time{}; return a }(), Weight: 1}},
			[]string{"four people were killed", "Seven people are now known"}},
		{"another flood", "floods",
			[]Candidate{{Article: on(floodWire, 10, 6), Weight: 1}, {Article: on(floodAbroad, 11, 19), Weight: 1}},
			[]string{"four people were killed", "Nine people are now known"}},
		{"the rescued are not the dead", "porto vale floods",
			[]Candidate{{Article: on(floodReprint, 10, 8), Weight: 1}, {Article: on(floodUpdate, 11, 19), Weight: 1}},
			[]string{"pulled 212 people", "Seven people are now known"}},
		{"a mission's length and a review are not the launch date", "halden telescope",
			[]Candidate{{Article: on(scopeFacts, 8, 9), Weight: 1}, {Article: on(scopeNew, 17, 10), Weight: 1}},
			[]string{"at least ten years", "review of the reaction wheel fault in March", "will now launch on February 24"}},
	} {
		b := Build(newsbot.ParseTopic(tc.topic), tc.cands, nil, Options{MaxSentences: 6})
		for _, k := range tc.keep {
			found := false
			for _, s := range b.Sentences {
				found = found || strings.Contains(s.Text, k)
			}
			for _, q := range b.Quotes {
				found = found || strings.Contains(q.Text, k)
			}
			if !found {
				t.Errorf("%s: neither a sentence nor a quote holds %q: %+v %+v", tc.name, k, b.Sentences, b.Quotes)
			}
		}
	}
}

// replaces at the level of two sentences: what the newer one must say of
// the older one's figure or date for the older to go.
func TestReplaces(t *testing.T) {
	seven := "Seven people are now known to have died in the floods that hit the southern coast, the civil protection agency said on Monday evening, up from four on Sunday."
	launch := "The Halden space telescope will now launch on February 24, the European Orbital Agency said on Sunday, earlier than the March date it gave last week."
	for _, tc := range []struct {
		newer, older string
		want         bool
	}{
		{seven, "At least four people were killed and hundreds forced from their homes after Storm Orsolya brought torrential rain, officials said on Sunday.", true},
		{launch, "The launch of the Halden space telescope has been postponed until March after engineers found a fault in one of its reaction wheels.", true},
		{"The death toll has risen to 12, the ministry said.", "Nine people died when the ferry capsized on Tuesday.", true},
		{"The ministry revised its count to 40 dead from 35 on Wednesday.", "At least 35 people were killed in the fighting, the ministry said.", true},
		{"The vote will now be held on June 4 instead of May 21, the commission said.", "The referendum on the new constitution will be held on May 21.", true},
		// Another measure, or no word that the figure replaces another.
		{seven, "Rescuers pulled four people from a car swept off the coast road.", false},
		{seven, "Civil protection chief Ilse Varga said rescuers had pulled 212 people from roofs and cars since midnight.", false},
		{seven, "Schools in the flooded province will stay closed for four days.", false},
		{seven, "Four fishermen are still missing off the southern coast.", false},
		{"Seven people died in the floods, the agency said.", "At least four people were killed in the floods.", false},
		{launch, "The agency will publish its review of the reaction wheel fault in March.", false},
		{launch, "The Halden space telescope is designed to work for at least ten years after its launch.", false},
		{launch, "The telescope had been due to lift off on December 12.", false},
		{"More than 200 people were evacuated from Porto Vale on Monday.", "At least four people were killed in Porto Vale.", false},
		{"Rescuers have now pulled 250 people from the water.", "At least four people were killed in the floods.", false},
		{"Three more people have now died in hospital, the agency said.", "At least four people were killed in the floods.", false},
		{"Another three people have now died in hospital.", "At least four people were killed in the floods.", false},
		{"Ten thousand homes will be linked to the new grid between now and the end of March.", "At least 300 homes were flooded by the storm.", false},
		{"Five hikers are now known to have died on the ridge, with 12 others unaccounted for.", "More than 40 climbers were hurt in the avalanche.", false},
		{"The poet died aged 81, her publisher said, and is now buried in Varna.", "The poet's sister died aged 76.", false},
		{"The city's share in the bus company will be cut from 60% to 45%, the mayor said.", "Councillors voted to cut the city's share in the bus company from 60% to 45%.", false},
		{"Forecasts for farm exports were cut to 3.1% from 3.6%.", "Two members of the export board resigned over the farm export figures.", false},
		{"Ticket sales rose from 2021 levels to 3.4 million seats, the airline said.", "In 2021 the airline flew to more than 60 cities.", false},
	} {
		if got := replaces(readFacts(tc.newer), readFacts(tc.older)); got != tc.want {
			t.Errorf("replaces(\n\t%q,\n\t%q) = %v; want %v", tc.newer, tc.older, got, tc.want)
		}
	}
}

// A report that updates another is read before it; an update of an
// update before both; other articles keep their places.
func TestLeadWithUpdates(t *testing.T) {
	for _, tc := range []struct {
		name    string
		rank    map[int]int
		updates map[int][]int
		want    []int // articles in order
	}{
		{"none", map[int]int{0: 0, 1: 1, 2: 2}, nil, []int{0, 1, 2}},
		{"update after", map[int]int{0: 0, 1: 1, 2: 2}, map[int][]int{2: {0}}, []int{2, 0, 1}},
		{"chain", map[int]int{0: 0, 1: 1, 2: 2}, map[int][]int{1: {0}, 2: {1}}, []int{2, 1, 0}},
		{"already first", map[int]int{3: 0, 0: 1, 1: 2}, map[int][]int{3: {0}}, []int{3, 0, 1}},
	} {
		c := &currency{updates: map[*scored][]int{}}
		for n, olds := range tc.updates {
			s := &scored{art: n}
			c.chosen = append(c.chosen, s)
			c.updates[s] = olds
		}
		leadWithUpdates(tc.rank, c)
		for r, a := range tc.want {
			if tc.rank[a] != r {
				t.Errorf("%s: ranks %v; want articles in order %v", tc.name, tc.rank, tc.want)
				break
			}
		}
	}
}
