package quotes

import "testing"

// A word for someone's part in an election opening the sentence before
// a name ("Challenger", "Incumbent") is their role, not part of the name
// a briefing shows.
func TestReaderContestRoles(t *testing.T) {
	checkNames(t, []nameCase{
		{"Challenger Odile Ferreira said the polls would stay open late.", "said", "Odile Ferreira"},
		{"Incumbent Bruno Halloran conceded that turnout had been low.", "conceded", "Bruno Halloran"},
		{"\"We ran a clean race,\" said Nominee Clara Wendt.", "said", "Clara Wendt"},
		{"Front-runner Milo Stanek said the debate would be his last.", "said", "Milo Stanek"},
		// Guards: a word that is also a first name, a single name after
		// the word, and a role word inside a sentence before no known
		// first name stay in the name, as before.
		{"Victor Brevik said the count was slow.", "said", "Victor Brevik"},
		{"Favorite Brevik said the count was slow.", "said", "Favorite Brevik"},
		{"The count was slow, said Challenger Party Brevik.", "said", "Challenger Party Brevik"},
	})
}
