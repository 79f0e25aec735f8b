package quotes

import (
	"slices"
	"testing"
)

// rulesContents returns the content of each attribution the rules alone
// find in text, with the speaker's mention.
func rulesContents(text string) []string {
	var got []string
	for _, a := range (Extractor{}).Extract(text) {
		q := a.Quote(text)
		got = append(got, q.Text+" by "+q.Mention)
	}
	return got
}

// contentCase is a sentence and one "content by mention" the rules must
// find in it.
type contentCase struct{ text, want string }

// runContentCases checks that the rules alone find each case's want
// among the attributions of its text.
func runContentCases(t *testing.T, cases []contentCase) {
	t.Helper()
	for _, c := range cases {
		if got := rulesContents(c.text); !slices.Contains(got, c.want) {
			t.Errorf("%q: rules gave %q, want %q", c.text, got, c.want)
		}
	}
}

// namedContentCase is a contentCase with a name for its subtest.
type namedContentCase struct{ name, text, want string }

// runNamedContentCases runs each case as runContentCases does, in a
// subtest of its name.
func runNamedContentCases(t *testing.T, cases []namedContentCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { runContentCases(t, []contentCase{{c.text, c.want}}) })
	}
}

// A stance verb's object ends at the first comma, unless the comma goes
// on with a list that "and" or "or" closes.
func TestRulesObjectListGoesOn(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The coach thanked his players, his staff and the fans for their patience.",
			"his players, his staff and the fans for their patience by The coach"},
		{"She praised the teachers, the nurses, or the drivers who kept the town running.",
			"the teachers, the nurses, or the drivers who kept the town running by She"},
		// An appositive after the object is not part of it.
		{"He criticized the budget, a plan the council passed in June.",
			"the budget by He"},
		// Nor is a participle's clause.
		{"She criticized the plan, calling it reckless and costly.",
			"the plan by She"},
	})
}

// A participle cue's content ends where its speaker's second participle
// starts; a participle inside the content keeps its own.
func TestRulesSecondParticiple(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The senator attacked the governor, calling him a fraud and questioning his record on taxes.",
			"him a fraud by The senator"},
		{"The mayor spoke for an hour, saying the city \"will not back down\" but conceding that money was short.",
			"the city \"will not back down\" by The mayor"},
		{"The union answered the board, saying the plan meant raising fares and cutting routes.",
			"the plan meant raising fares and cutting routes by The union"},
	})
}

// A noun phrase after a comma that closes the sentence comments on the
// content and is not part of it; one that is the subject of a clause,
// or an aside the clause goes on after, is.
func TestRulesClosingAppositive(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The governor said he would sign the bill next week, a step his party opposed.",
			"he would sign the bill next week by The governor"},
		{"The senator argued that the tax would hurt farmers, the people most at risk.",
			"that the tax would hurt farmers by The senator"},
		{"He said the budget, the largest ever, would pass.",
			"the budget, the largest ever, would pass by He"},
		{"She said the tax would rise, the council voted later.",
			"the tax would rise, the council voted later by She"},
	})
}

// A lone dash ends the content where a comma would; a pair of dashes
// sets off an aside inside it.
func TestRulesLoneDash(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The mayor said the city would raise fares - a step the council has long resisted.",
			"the city would raise fares by The mayor"},
		{"The senator said the bill would pass — but he conceded that the vote was close.",
			"the bill would pass by The senator"},
		{"The mayor said the plan - and the money behind it - would help the city.",
			"the plan - and the money behind it - would help the city by The mayor"},
	})
}

// The ranker sees what an extension of the rules' content takes in
// first, so that it can tell ", the party's nominee" (an appositive)
// from ", and …" (more of the statement).
func TestOptionFeaturesExtensionTakesIn(t *testing.T) {
	text := "The senator criticized the plan, the mayor's proposal for the new stadium."
	x := &extractor{d: newDoc(text)}
	x.run()
	if len(x.attrs) != 1 {
		t.Fatalf("rules found %d attributions, want 1", len(x.attrs))
	}
	a := &x.attrs[0]
	var want feats
	want.reset(nsBoundary)
	want.add2("e.extend.over", ",", "the")
	var f feats
	found := false
	for _, o := range x.options(a, nil) {
		if o.kind != "end" || o.edge <= o.from {
			continue
		}
		x.optionFeatures(a, &o, &f)
		if !slices.Contains(f.idx, want.idx[0]) {
			t.Errorf("extension to token %d lacks what it takes in first", o.edge)
		}
		found = true
	}
	if !found {
		t.Fatal("no option extends the rules' content")
	}
}

// The second dash of a pair closes the aside the first opened: it does
// not end the content as a lone dash would.
func TestRulesDashPairClosesAside(t *testing.T) {
	text := "Lee said the bill — the third this year — with its tax cuts would pass the Senate."
	var got []string
	for _, a := range (Extractor{}).Extract(text) {
		got = append(got, a.Quote(text).Text)
	}
	if want := []string{"the bill — the third this year — with its tax cuts would pass the Senate"}; !slices.Equal(got, want) {
		t.Errorf("rules gave %q, want %q", got, want)
	}
}
