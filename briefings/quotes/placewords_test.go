package quotes

import "testing"

// The phrases of place that PolNeAR seldom holds qualify the noun before
// them as well: the crew aboard a ferry spoke, not the ferry; the
// villagers just outside a town, not the town. Shown as a key quote,
// "— the ferry" or "— the mountain" would name a thing as the speaker.
func TestSpeakerBeforeMorePlacePhrases(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"aboard", "Crew members aboard the trawler said the net had snagged on a wreck.", "said", "Crew members aboard the trawler"},
		{"on board", "Passengers on board the night ferry said the crossing had been rough.", "said", "Passengers on board the night ferry"},
		{"beneath", "Miners beneath the hillside told rescuers by radio that all were safe.", "told", "Miners beneath the hillside"},
		{"atop", "Onlookers atop the sea wall said the boat sank within minutes.", "said", "Onlookers atop the sea wall"},
		{"throughout", "Teachers throughout the district said the new timetable was confusing.", "said", "Teachers throughout the district"},
		{"just outside", "Villagers just outside the town said the smoke had made them ill.", "said", "Villagers just outside the town"},
		{"after a participle", "Residents living beneath the flight path said the noise never stopped.", "said", "Residents living beneath the flight path"},
		// Unchanged.
		{"above, no object", "The figures above, the council said, were provisional.", "said", "the council"},
		{"a prepositions' phrase", "Staff within the hospital said morale was low.", "said", "Staff"},
		{"after a participle's object", "Rowing the dinghy beneath the pier, the warden told reporters the tide was turning.", "told", "the warden"},
	})
}
