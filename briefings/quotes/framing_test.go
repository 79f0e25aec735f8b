package quotes

import "testing"

// TestFramed holds attributions that a preposition or an adverb frames,
// with no verb of speech: a report without a reporter ("reportedly"),
// an opinion held "in X's view", how a thing seems "To X," and a figure
// vouched for "By X's count,".
func TestFramed(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"reportedly", "The builders' guild is reportedly pouring $3 million into mailers before the county vote.", "reportedly",
			"The builders' guild is … pouring $3 million into mailers before the county vote", ""},
		{"reportedly opening", "The ferry stopped running at noon. Reportedly, the captain had turned the boat around twice.", "Reportedly",
			"the captain had turned the boat around twice", ""},
		{"in a name's view", "The wiser course, in Dr. Amara Osei's view, would be to fund the clinics first.", "in Dr. Amara Osei's view",
			"The wiser course … would be to fund the clinics first", "Dr. Amara Osei"},
		{"in her view opening", "Ms. Varga chairs the panel. In her view, the levy has been sold poorly to farmers.", "In her view",
			"the levy has been sold poorly to farmers", "her"},
		{"in his view relative", "He blamed the drought, which in his view has hurt the harvest for a decade.", "in his view",
			"which … has hurt the harvest for a decade", "his"},
		{"to a name", "The rally ended early. To Councilwoman Ibarra, the crowd looked smaller than in spring.", "To",
			"the crowd looked smaller than in spring", "Councilwoman Ibarra"},
		{"to a name with who", "To Pruitt, who has coached in the league for 20 years, the new rule is a mistake.", "To",
			"the new rule is a mistake", "Pruitt"},
		{"to many", "The mural divided the town. To many, the painting honored the old cannery crews.", "To",
			"the painting honored the old cannery crews", "many"},
		{"by a possessor's count", "The strike entered its third week. By the union's count, 4,100 nurses have walked out.", "By the union's count",
			"4,100 nurses have walked out", "union"},
		{"by some measures", "By some measures, the harbor water is the clearest in half a century.", "By some measures",
			"the harbor water is the clearest in half a century", ""},
		{"headline infinitive", "Dock Workers to campaign against Port Hadley expansion\n\nThe vote is set for Monday.", "to campaign against",
			"Port Hadley expansion", "Dock Workers"},
		{"headline infinitive title case", "Governor Okafor To Veto Transit Bill After Late Changes\n\nThe bill passed 61-40.", "To Veto",
			"Transit Bill", "Governor Okafor"},
		{"on why", "Nadia Petrov On Why Ferry Fares Keep Rising\n\nThe fares rose again in May.", "On",
			"Why Ferry Fares Keep Rising", "Nadia Petrov"},
		{"on how after a list number", "The list goes on.\n\n7\nOmar Haddad On How Libraries Lost Their Budgets.\n\nHe spoke in Leeds.", "On",
			"How Libraries Lost Their Budgets", "Omar Haddad"},
		{"but to others", "Some fans cheer the new stadium. But to others, the arena blocks the last open view of the bay.", "to",
			"the arena blocks the last open view of the bay", "others"},
		{"headline label with an addressee", "Okafor to dairy farmers: Relief checks are coming\n\nThe checks go out in May.", ":",
			"Relief checks are coming", "Okafor"},
		{"reportedly after an opening phrase", "In all, the land trust has reportedly bought 300 acres of marsh, doubling the refuge.", "reportedly",
			"the land trust has … bought 300 acres of marsh", ""},
	})
}
