package quotes

import "testing"

// TestEvidenceSpeakers holds records, polls and counts that state a
// finding ("a survey shows", "ledgers showing"), a passive "was first
// reported by" whose outlet reports the subject, "That's according to",
// whose pronoun is the content, and a poll's share of respondents as a
// speaker ("Two in five agreed").
func TestEvidenceSpeakers(t *testing.T) {
	cases := []struct {
		name, text, speaker, content string
	}{
		{"fronted phrase before a survey",
			"For the second week, a survey shows Councilwoman Dana Ruiz trailing the incumbent.",
			"a survey", "Councilwoman Dana Ruiz trailing the incumbent"},
		{"adverb after polls",
			"Surveys there show Okafor ahead of Brandt before the runoff.",
			"Surveys", "Okafor ahead of Brandt before the runoff"},
		{"conjunction before the survey",
			"And the county survey shows a wide split between renters and owners.",
			"the county survey", "a wide split between renters and owners"},
		{"data as a singular subject",
			"Data show that the typical rent in the valley has doubled since 2010.",
			"Data", "that the typical rent in the valley has doubled since 2010"},
		{"phrase between records and verb",
			"Bank statements from last winter show the charity spent $40,000 on travel.",
			"Bank statements", "the charity spent $40,000 on travel"},
		{"participle in a fronted phrase",
			"Despite polls showing her well short of a majority, Ruiz kept up a busy schedule.",
			"polls", "her well short of a majority"},
		{"participle before the subject's verb",
			"Brandt, after a fresh survey showing him behind in every ward, told donors he would stay in.",
			"a fresh survey", "him behind in every ward"},
		{"noun before suggesting",
			"The newsletter printed a note suggesting that the treasurer had padded his expenses.",
			"a note", "that the treasurer had padded his expenses"},
		{"name inside the subject's modifier",
			"And a forecast from the Hill Report shows that share could drop to a fifth by 2030.",
			"a forecast", "that share could drop to a fifth by 2030"},
		{"participle qualifying the poll",
			"A survey organized by students at the fair showed that parking was what bothered visitors most.",
			"A survey", "that parking was what bothered visitors most"},
		{"was first reported by",
			"Word of the merger was initially reported by a trade newsletter.",
			"a trade newsletter", "Word of the merger"},
		{"that's according to",
			"That's according to receipts the league posted online this week.",
			"receipts", "That"},
		{"relative clause between poll and verb",
			"Entrance surveys from the Maine caucus, which Ms. Okafor carried easily, showed that most nurses backed her.",
			"Entrance surveys", "that most nurses backed her"},
		{"count of respondents",
			"Roughly two in five said the new parking fees were unfair.",
			"Roughly two in five", "the new parking fees were unfair"},
		{"share after a fronted phrase",
			"On fares, 41% say the system costs too much.",
			"41%", "the system costs too much"},
		{"share restated in commas",
			"Well under half, 44 percent, say the bridge should be rebuilt.",
			"Well under half, 44 percent", "the bridge should be rebuilt"},
		{"small share",
			"A bare 8 percent say the ferries leave on schedule.",
			"A bare 8 percent", "the ferries leave on schedule"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, a := range (Extractor{}).Extract(c.text) {
				q := a.Quote(c.text)
				if q.Text == c.content && q.Mention == c.speaker {
					return
				}
				got = append(got, "["+q.Mention+"] "+q.Text)
			}
			t.Errorf("%q: got %q; want [%s] %q", c.text, got, c.speaker, c.content)
		})
	}
}
