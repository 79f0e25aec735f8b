package quotes

import (
	"strings"
	"testing"
)

// TestRailNoun: the bare "rail" is the noun ("a rail strike"), never a
// cue, with the rules alone or with the learned layer; the verb with its
// particle, and its inflected forms, stay cues. Texts written for this
// test.
func TestRailNoun(t *testing.T) {
	tests := []struct {
		name, text string
		cue        string // the cue wanted; "" for no cue with "rail" in it
		content    string // part of its content
	}{
		{"a rail strike", "Bus drivers across Norland joined the first regional rail strike in a decade on Friday.", "", ""},
		{"a rail line", "Ferry crews blocked the rail line to the harbour for most of Tuesday.", "", ""},
		{"rail after a plural subject", "Commuters faced rail closures on every route into the capital.", "", ""},
		{"railed against", "The governor railed against the ruling on Tuesday.", "railed against", "the ruling"},
		{"to rail against", "Shop owners continue to rail against the new parking fees.", "rail against", "the new parking fees"},
		{"railing at", "The coach was railing at the referees after the match.", "railing at", "the referees"},
		{"rails against", "She rails against the toll increases in every speech.", "rails against", "the toll increases"},
	}
	for _, tt := range tests {
		for _, e := range []Extractor{{}, {Model: defaultModel}} {
			rs := []rune(tt.text)
			found := false
			for _, a := range e.Extract(tt.text) {
				cue := string(rs[a.Cue.Start:a.Cue.End])
				if !strings.Contains(cue, "rail") {
					continue
				}
				if tt.cue == "" {
					t.Errorf("%s (model %v): cue %q", tt.name, e.Model != nil, cue)
					continue
				}
				content := ""
				for _, sp := range a.Content {
					content += string(rs[sp.Start:sp.End])
				}
				if cue != tt.cue || !strings.Contains(content, tt.content) {
					t.Errorf("%s (model %v): cue %q content %q, want %q with %q", tt.name, e.Model != nil, cue, content, tt.cue, tt.content)
				}
				found = true
			}
			if tt.cue != "" && !found {
				t.Errorf("%s (model %v): no cue %q", tt.name, e.Model != nil, tt.cue)
			}
		}
	}
}

// TestOrgKind: "the operator", "the union" stand for an organisation of
// their kind named before, whole, or stay as written. Texts written for
// this test.
func TestOrgKind(t *testing.T) {
	checkShown(t, []shownCase{
		{"a federation is not the operator",
			"The Energy Workers' Federation called the walkout after Brightwater Power offered a pay rise.\n\nOnly two plants in ten ran on Monday, the operator said.",
			"Only two plants", "the operator"},
		{"a union is not the bank",
			"The Bank Staff Union rejected the offer on Monday. The bank said branches would open as usual.",
			"branches would open", "The bank"},
		{"a party is not the company",
			"The Green Party opposed the new mine at Harlow Ridge. The company said the mine would bring 300 jobs.",
			"300 jobs", "The company"},
		{"a company is not the union",
			"Coastline Energy raised its prices on Monday. The union said the rise would hurt pensioners.",
			"hurt pensioners", "The union"},
		{"an authority is not the party",
			"The Harbour Authority approved the plan on Monday. The party said it would fight the plan in court.",
			"fight the plan", "The party"},
		{"a plural possessive inside a name",
			"The Farmers' Union rejected the offer on Friday. The union said the price of milk no longer covered costs.",
			"price of milk", "Farmers' Union"},
		{"the union after a union's name",
			"The Dockers' Union called a strike at the port on Monday. The union said members would return on Friday.",
			"members would return", "Dockers' Union"},
		{"the company after a company's name",
			"Kestrel Airlines cancelled 40 flights on Sunday. The company said a third of its crews were ill.",
			"crews were ill", "Kestrel Airlines"},
		{"the party after a party's name",
			"The Liberal Party lost two seats on Sunday. The party said it would choose a new leader in May.",
			"new leader", "Liberal Party"},
		{"a name without an organisation's word stays unresolved, as before",
			"Northsea Lines cancelled 14 sailings on Monday. The company said crews had refused to work.",
			"refused to work", "The company"},
		{"the union after such a name stays as written",
			"Northsea Lines cancelled 14 sailings on Monday. The union said crews were asked to work double shifts.",
			"double shifts", "The union"},
		{"an outlet's reporter: the name stops at the possessive",
			"Harbour News' Ella Stone reported the leak on Monday. The network said it stood by the story.",
			"stood by the story", "Harbour News"},
		{"a possessive before a lower-case word",
			"Greenway Foods' chief executive resigned on Monday. The company said profits had halved.",
			"profits had halved", "Greenway Foods"},
		{"the party after its members",
			"Senate Republicans blocked the bill on Tuesday. The party said the tax would cost jobs.",
			"cost jobs", "Senate Republicans"},
		{"an acronym fits any kind",
			"The NTSB sent investigators to the crash site on Monday. The agency said the pilots had reported no fault.",
			"reported no fault", "NTSB"},
	})
}
