package extract

import "testing"

func TestIsBoilerplate(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		// Site furniture.
		{"Accessibility links", true},
		{"Breaking News", true},
		{"BREAKING NEWS", true},
		{"Skip to main content", true},
		{"Toggle navigation", true},
		{"Share this article", true},
		{"Share on Facebook", true},
		{"Share on Twitter", true},
		{"Share on X", true},
		{"Share via Email", true},
		{"Facebook Twitter Email", true},
		{"Share | Facebook | WhatsApp | Copy link", true},
		{"Subscribe to our newsletter", true},
		{"Sign up for our daily briefing", true},
		{"Sign up to the Morning Briefing newsletter and get the news in your inbox.", true},
		{"Follow us on Twitter", true},
		{"Follow Jane Doe on Twitter @janedoe.", true},
		{"Advertisement", true},
		{"ADVERTISEMENT", true},
		{"Advertisement - Scroll to continue", true},
		{"Story continues below advertisement", true},
		{"Continue reading the main story", true},
		{"Read more:", true},
		{"Read more: Why the ferry dispute dragged on", true},
		{"Related: Island shops run short of milk", true},
		{"Related", true},
		{"Most read", true},
		{"Most Popular", true},
		{"Copyright 2012 Reuters", true},
		{"Copyright © 2024 The Harbour Gazette. All rights reserved.", true},
		{"© 2024 The Harbour Gazette", true},
		{"All rights reserved.", true},
		{"We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.", true},
		{"This site uses cookies. Accept all", true},
		{"Image copyright Getty Images", true},
		{"Image caption Deckhands wait beside the ferry", true},
		{"Getty Images", true},
		{"AFP/Getty Images", true},
		{"Photo: Reuters", true},
		{"Click here to subscribe", true},
		{"Click here to read the full report.", true},
		{"Watch:", true},
		{"Video:", true},
		{"Listen:", true},
		{"Watch", true},
		{"Watch: The envoy arrives in Moscow", true},
		{"By Jane Doe", true},
		{"By JANE DOE and JOHN ROE, Reuters", true},
		{"Written by J.K. Smith", true},
		{"Reporting by Jane Doe; Editing by John Roe", true},
		{"(Reporting by Jane Doe in Moscow; Editing by John Roe)", true},
		{"Published 25 March 2012", true},
		{"Updated: 10:15 GMT, 25 March 2012", true},
		{"1 of 5", true},
		{"More games news:", true},
		{"Ben Silverman is on Twitter at ben_silverman.", true},
		{"Powered by SmartAsset.com", true},
		{"CNNMoney (New York) First published February 1, 2016: 1:28 AM ET", true},
		{"He said:", false},
		{"More than 200 people were evacuated:", false},
		{"The president is on Twitter at all hours.", false},
		{"Powered by cheap gas, the economy grew 3% last year.", false},
		{"March 25, 2012", true},
		{"Sunday 25 March 2012 10.15 BST", true},
		{"Annan to visit Moscow on March 25, 2012", false},
		{"•", true},
		{"---", true},

		// News sentences that merely contain such words.
		{"Advertising revenue at the operator fell sharply during the strike, according to figures released on Tuesday.", false},
		{"The advertisement was banned by the regulator.", false},
		{"The company said it would share the cost of the repairs with the council.", false},
		{"Share prices fell 3% in early trading.", false},
		{"Breaking news of the ceasefire reached the village late on Sunday.", false},
		{"Follow-up talks are scheduled for next week in Geneva.", false},
		{"Sign-ups for the programme doubled after the minister's visit.", false},
		{"Subscribers to the service will see their bills rise by 4% from April, the company said.", false},
		{"Copyright lawyers say the ruling could affect thousands of musicians.", false},
		{"The judge said all rights reserved to the plaintiffs under the contract would be respected.", false},
		{"Most readers of the report will focus on the unemployment figures.", false},
		{"Related charges against two other defendants were dropped.", false},
		{"Read more widely, the report paints a bleak picture, she told reporters.", false},
		{"Watch your step, officials warned tourists at the crumbling site.", false},
		{"Video footage showed the protesters marching towards the square.", false},
		{"Listen to the people, the opposition leader told the crowd.", false},
		{"Getty Images, the photo agency, was bought by a private equity firm in 2018.", false},
		{"By Monday, the talks had collapsed.", false},
		{"By contrast, Moscow has stayed silent.", false},
		{"By Kremlin standards, the meeting was warm.", false},
		{"By Air Force One, the president flew on to Riyadh.", false},
		{"Published in 1851, the novel is still widely read.", false},
		{"The ministry said cookies and other tracking tools would be regulated under the new law.", false},
		{"It’s top news across Russia.", false},
		{"Annan praised Russia's assistance.", false},
		{"Medvedev endorsed that goal.", false},
		{"Pause.", false},
		{"More than 8,000 people have been killed, the U.N. says.", false},
		{"©2019 The Harbour Gazette. All rights reserved. " + longSentence, false},
	}
	for _, tt := range tests {
		if got := IsBoilerplate(tt.in); got != tt.want {
			t.Errorf("IsBoilerplate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// longSentence makes a paragraph far longer than any furniture line.
const longSentence = "The ferry operator said on Tuesday that the new timetable would add three sailings a day, " +
	"that fares would be frozen until the end of the year, and that a review of crew rest periods " +
	"would report to the council before the summer season begins in earnest across the islands."

func TestBylineName(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Jane Doe", "Jane Doe"},
		{"Jane Doe, VOA News", "Jane Doe, VOA News"},
		{"JANE DOE and JOHN ROE", "JANE DOE and JOHN ROE"},
		{"Ana de la Cruz | Rio Wire", "Ana de la Cruz | Rio Wire"},
		{"J.K. Smith.", "J.K. Smith"},
		{"Monday, the talks had collapsed.", ""},
		{"the numbers", ""},
		{"2015, the plan had failed", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := bylineName(tt.in); got != tt.want {
			t.Errorf("bylineName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
