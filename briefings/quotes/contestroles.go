package quotes

// contestRoles name someone by their part in an election or a contest:
// "Challenger Lena Marsh said", "Incumbent Rolf Hage conceded". Used as
// a title before a name (see roleOpener) the word is the person's role,
// not part of the name a briefing shows ("Lena Marsh"), as "Candidate"
// and "Rival candidate" already are. None is a first name.
var contestRoles = set("challenger", "incumbent", "nominee", "frontrunner", "front-runner", "contender",
	"hopeful", "rival", "runner-up", "underdog", "favourite", "favorite")
