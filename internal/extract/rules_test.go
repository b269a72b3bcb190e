package extract

import "testing"

// TestAttributionRules holds one short made-up case per attribution rule
// added after the first version: the quote and the speaker it must get.
func TestAttributionRules(t *testing.T) {
	cases := []struct {
		name, text, quote, want string
	}{
		{"next quote only in its paragraph",
			"\"We won,\" Peter Hall said. \"Really.\"\n\n\"It is over,\" said Anna Ruiz.", "Really.", "Peter Hall"},
		{"title after a terminal quote",
			`"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said of the week.`, "Perpetual motion!", "Glenn Thompson"},
		{"Mrs. after a question",
			`Maria Gonzalez spoke. "Why do they pay less?" Mrs. Gonzalez asked.`, "Why do they pay less?", "Maria Gonzalez"},
		{"article noun phrase",
			`"You are a total loser!" the note says.`, "You are a total loser!", "note"},
		{"inverted article noun phrase",
			`"Donald is an amazing leader," said the 46-year-old.`, "Donald is an amazing leader,", "46-year-old"},
		{"role phrase names the title holder",
			`Attorney General Jeff Sessions met the envoy. Sen. Al Franken objected. "It never happened," the attorney general said.`, "It never happened,", "Jeff Sessions"},
		{"role phrase as a pronoun's antecedent",
			"Attorney General Jeff Sessions met the envoy. Sen. Al Franken told CNN it was \"misleading.\" The attorney general pushed back, saying he never did. \"I never met them,\" he said.", "I never met them,", "Jeff Sessions"},
		{"possessive role phrase is a descriptor",
			`Rep. Trey Gowdy spoke. "We deny it," the congressman's office said.`, "We deny it,", "congressman's office"},
		{"a name after a preposition is no subject",
			`"It matters," said Marty Weston, a professor who worked for Sen. Lamar Alexander (R-Tenn.), one of its authors. Marty Weston, a professor who worked for Sen. Lamar Alexander (R-Tenn.), one of its authors, said it was "a big step."`, "a big step.", "Marty Weston"},
		{"dash credit paragraph",
			"Maria Gonzalez and Peter Hall debated.\n\n\"I went to Wall Street first.\"\n\n- Maria Gonzalez.\n\nPeter Hall laughed.", "I went to Wall Street first.", "Maria Gonzalez"},
		{"a later fragment has the sentence's cue",
			`Of Peter Hall, Anna Ruiz said voters would find him "very hard to accept" and "a democratic mess."`, "a democratic mess.", "Anna Ruiz"},
		{"a possessive speech noun is no cue",
			`Peter Hall spoke. Anna Ruiz called Hall's claim that he never met them "plainly false."`, "plainly false.", "Anna Ruiz"},
		{"transcript speaker label",
			"Mike Pence met Chris Wallace.\n\n\"WALLACE: Do you see them as equal?\n\n\"PENCE: Well, look, no.\"", "PENCE: Well, look, no.", "Mike Pence"},
		{"transcript label without a named person",
			"The debate went on.\n\n\"MODERATOR: Your time is up.\"", "MODERATOR: Your time is up.", "Moderator"},
		{"party tag in brackets before the comma",
			`Sen. Anna Ruiz (R-Texas) praised him, and Sen. Peter Hall (R-Ariz.), said he would be "overjoyed" by it.`, "overjoyed", "Peter Hall"},
		{"a later cue does not reach back past another subject",
			`Sen. Anna Ruiz (R-Texas) expressed "great admiration" for him, and Peter Hall said he would be "overjoyed" by it.`, "great admiration", "Anna Ruiz"},
		{"a sentence-final cue covers the sentence",
			`Julian Assange has been "arbitrarily detained" since 2010, the rights group says.`, "arbitrarily detained", "rights group"},
		{"leading dots do not make a fragment",
			"Peter Hall spoke. \"We won,\" Anna Ruiz told reporters. \" .... This is not a guy who wins.\"", ".... This is not a guy who wins.", "Anna Ruiz"},
		{"a possessive is no pronoun antecedent",
			`Robin Cook spoke later. Robin Cook backed Mr Gordon Brown's bid but told reporters it was hard. But he insisted the rows were "not a problem."`, "not a problem.", "Robin Cook"},
		{"any verb right after a quote and a name",
			"\"Look at them,\" Sandy Paradis said.\n\n\"They are all here for free stuff,\" Jim Bennett shot back with a laugh.", "They are all here for free stuff,", "Jim Bennett"},
		{"a lexicon word as a known person's surname",
			"Mark Cuban, the team owner, is open to it.\n\n\"It is too early to tell,\" Cuban said. Cuban exiles said nothing.", "It is too early to tell,", "Mark Cuban"},
		{"a name with its home state before the verb",
			`Peter Hall spoke first. "Retract it now," former Gov. Jeb Bush of Florida said on Twitter.`, "Retract it now,", "Jeb Bush"},
		{"an unnamed source opening the clause",
			`A Justice Department official confirmed the meetings, but said Jeff Sessions met them "in his capacity as a senator."`, "in his capacity as a senator.", "Justice Department official"},
		{"a possessive source phrase opening the clause",
			`Ryan's campaign shrugged off Trump's comments, telling reporters, "Nobody ever asked for it."`, "Nobody ever asked for it.", "Ryan's campaign"},
		{"adding after a cue keeps the cue's source",
			`Paul Ryan and Donald Trump will meet next week, Sean Spicer said, adding, "They need to sit down."`, "They need to sit down.", "Sean Spicer"},
		{"a weak cue after a quote and a titled name",
			`"It was generally believed," former Trump campaign manager Steve Bannon testified.`, "It was generally believed,", "Steve Bannon"},
		{"the subject before a colon outranks the last speaker",
			"\"He is scripted,\" said Jeb Bush.\n\nAnd Chris Christie gloated: \"I told you he wouldn't be ready.\"", "I told you he wouldn't be ready.", "Chris Christie"},
		{"a source after a dash before a colon",
			`Pollsters agree - HuffPollster: "One of the lessons was simple."`, "One of the lessons was simple.", "HuffPollster"},
		{"the subject of the sentence before a lone quote",
			"\"It is over,\" said Sebastian Gorka.\n\nJohn Bolton distanced himself from the movement. \"I'm going to support him.\"", "I'm going to support him.", "John Bolton"},
		{"the subject of the paragraph before a quote paragraph",
			"Richard Viguerie is upbeat about the race.\n\n\"Not only can Ted Cruz win, he is the best bet.\"", "Not only can Ted Cruz win, he is the best bet.", "Richard Viguerie"},
		{"a long fragment with no subject continues its paragraph's speaker",
			`"It's an enormous moment," said Steve Schmidt, a strategist. Unless rivals quit the race, "it's very difficult to see how he is stopped."`, "it's very difficult to see how he is stopped.", "Steve Schmidt"},
		{"a document read as a source",
			`"Our revolution has already won," read the email.`, "Our revolution has already won,", "email"},
		{"a document with a participle phrase",
			`Peter Hall's "claim is speculative," the order released Friday said.`, "claim is speculative,", "order"},
		{"a role for an organisation is the person named later with it",
			"The council criticised the channel. But a spokeswoman for MTV said it was \"unfair and inaccurate\" to single it out.\n\nMTV spokeswoman Jeannie Kedas said more.", "unfair and inaccurate", "Jeannie Kedas"},
		{"a role for an organisation without a name",
			`But a spokeswoman for MTV said it was "unfair and inaccurate" to single it out.`, "unfair and inaccurate", "spokeswoman for MTV"},
		{"an appositive between a name after a quote and its verb",
			`"They need a plan," Nate Silver, the analyst who founded the site tweeted on Wednesday.`, "They need a plan,", "Nate Silver"},
		{"a name after a preposition is no subject of the quote's sentence",
			`Peter Hall spoke. Preceded at the lectern by Peter Hall, Anna Ruiz launched into a lament for the "countless Americans" hurt.`, "countless Americans", "Anna Ruiz"},
		{"an introductory clause holds no subject",
			`Peter Hall spoke. After Peter Hall criticized him during a debate, Anna Ruiz wanted "a total reset of the whole race."`, "a total reset of the whole race.", "Anna Ruiz"},
		{"a weak verb ending the clause after a question",
			"Peter Hall spoke.\n\n\u201cWould it be negotiable?\u201d Anna Ruiz pressed. \u201cMaybe let some people stay?\u201d", "Would it be negotiable?", "Anna Ruiz"},
		{"a capitalised subject the people layer left out",
			`At the debate, Sanders compared himself to Peter Hall, saying, "I get no speaking fees from banks."`, "I get no speaking fees from banks.", "Sanders"},
		{"a new paragraph naming its own subject before the quote",
			"\"We will win,\" said Peter Hall.\n\nLater, Anna Ruiz shared the news on social media with the words \"Feels great to support someone I believe in.\"", "Feels great to support someone I believe in.", "Anna Ruiz"},
		{"a speaker resumes after one quote-free paragraph",
			"\"We will win this,\" said Anna Ruiz.\n\nThe race has been close for months.\n\n\"Nobody expected the turnout we saw today.\"", "Nobody expected the turnout we saw today.", "Anna Ruiz"},
		{"a pronoun's antecedent in its sentence is no object of a preposition",
			`With a vote for Maria Gonzalez ruled out, Anna Ruiz left, and she called it "a serious mistake for the party."`, "a serious mistake for the party.", "Anna Ruiz"},
		{"a credit after a horizontal bar",
			"Voters spoke.\n\n\u201cMaybe we can build a wall around him.\u201d \u2015 Steve Quinlan.\n\n\u201cHe is the most unqualified.\u201d \u2015 Maria Gonzalez", "Maybe we can build a wall around him.", "Steve Quinlan"},
		{"a credit running into the next credited quote",
			"Readers wrote in.\n\n\u201cHe is the most unqualified.\u201d \u2015 Maria Gonzalez \u201cWe can build a wall around him.\u201d \u2015 Peter Hall", "He is the most unqualified.", "Maria Gonzalez"},
		{"the object of a preposition is no loose descriptor",
			"Peter Hall spoke.\n\nProtesters marching through the streets chanted \"What curfew?\" and kept going.", "What curfew?", ""},
		{"an adverb between commas after an unnamed source",
			`Peter Hall spoke. A senior Treasury aide, however, put it plainly in a memo: "Nobody here wants this fight."`, "Nobody here wants this fight.", "senior Treasury aide"},
		{"any verb after a name that opens the sentence after a question",
			"Anna Ruiz asked about it.\n\n\u201cYou know, it happens, right?\u201d Peter Hall went on, as if he did not hear her.", "You know, it happens, right?", "Peter Hall"},
		{"an article and an adjective before the name after a quote",
			"Peter Hall spoke first.\n\nAnna Ruiz was in Paris. \u201cFrance will always be France,\u201d an angry Maria Gonzalez retaliated.", "France will always be France,", "Maria Gonzalez"},
		{"a source before a relative clause with no commas",
			`Peter Hall spoke. A White House official who spoke anonymously to discuss strategy said Wednesday, "There are talks."`, "There are talks.", "White House official"},
		{"remembered as a speech verb",
			`Peter Hall spoke. "An awful lot of analysts said no," remembered Anna Ruiz, her former spokeswoman.`, "An awful lot of analysts said no,", "Anna Ruiz"},
		{"an As-X-reported clause credits the sentence's quote",
			`Peter Hall spoke. As The Daily Tribune reported, the show's creator and star "gave between $1,001 and $5,000" to them.`, "gave between $1,001 and $5,000", "Daily Tribune"},
		{"a descriptor runs through close to",
			`Peter Hall spoke. "Nobody is worked up about it," said a source close to the campaign.`, "Nobody is worked up about it,", "source close to the campaign"},
		{"a descriptor runs through known as",
			`Peter Hall spoke. "There never was an order," said the base chief known as Bob.`, "There never was an order,", "base chief known as Bob"},
		{"the issuer of a statement, not the statement",
			`Anna Ruiz spoke. Peter Hall released a statement Wednesday saying the remarks "are based on opinion, not facts."`, "are based on opinion, not facts.", "Peter Hall"},
		{"a phrase before a modal after the verb is no inverted source",
			`Peter Hall met them. Anna Ruiz, citing "the unique magic of the man," said the candidate could win in states like Ohio.`, "the unique magic of the man,", "Anna Ruiz"},
		{"a cue ending in a colon introduces the next quote",
			`"We are refugees," Maria Gonzalez said. "We are not terrorists." Peter Hall said: "The attack was the work of terrorists."`, "We are not terrorists.", "Maria Gonzalez"},
		{"a capitalised Tweeted after an appositive",
			"Anna Ruiz praised the stunt.\n\n\u201cNot us but we cannot argue with it!\u201d Peter Hall, the head of the group, Tweeted on Friday.", "Not us but we cannot argue with it!", "Peter Hall"},
		{"weak cue keeps strict descriptors",
			`The council said the cable channel offered the "cheapest form" of shows.`, "cheapest form", "council"},
		{"the of in a title before the name is no preposition",
			`Peter Hall spoke. Former Secretary of State Anna Ruiz urged women to vote, saying, "There is a place for us."`, "There is a place for us.", "Anna Ruiz"},
		{"a middle initial A. is no article",
			`''We were not happy,'' said Jock A. Finlayson, head of policy at the council.`, "We were not happy,", "Jock A. Finlayson"},
		{"an organisation word ends a capitalised subject",
			`Peter Hall spoke. Judicial Watch stated in a release Tuesday that a declaration by the agency "suggests the email was found."`, "suggests the email was found.", "Judicial Watch"},
		{"as X put it",
			`Peter Hall spoke. As Vulture put it, "Hello, it is the Biebs." Fans agreed.`, "Hello, it is the Biebs.", "Vulture"},
		{"a possessive speech noun names the owner of the words",
			`Anna Ruiz spoke. The markets shrugged at Peter Hall's pledge to deliver a "fully costed" budget by spring.`, "fully costed", "Peter Hall"},
		{"a quote between a possessive and a speech noun",
			`Peter Hall spoke. It is the persistent pull of Anna Ruiz's "if you like your plan, you can keep it" promise.`, "if you like your plan, you can keep it", "Anna Ruiz"},
		{"a verdict on possessed words is not those words",
			`Peter Hall spoke. In a statement, the network said that Anna Ruiz's description was "false."`, "false.", "network"},
		{"a possessive phrase as the object of a speech verb",
			`Peter Hall on Tuesday called Anna Ruiz's remarks about a judge "racist," an extraordinary step.`, "racist,", "Peter Hall"},
		{"the agent of a passive speech verb after its quote",
			`The festival was criticised for "wasteful spending" by local taxpayer campaigners last summer.`, "wasteful spending", "local taxpayer campaigners"},
		{"a passive whose quote is no complement keeps the subject",
			`Peter Hall belittled the issue, calling it a "paperwork error" that was reported in a "hit piece" by the newspaper.`, "hit piece", "Peter Hall"},
		{"a person's document speaks for the person",
			`Peter Hall met Anna Ruiz. "Jobs first, slogans never," one Ruiz ad promises.`, "Jobs first, slogans never,", "Anna Ruiz"},
		{"as X puts it",
			`Peter Hall spoke. As the paper's Anna Ruiz puts it, he is making them "an offer they can't refuse."`, "an offer they can't refuse.", "Anna Ruiz"},
		{"a dateline before an organisation subject",
			`PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement Monday, offering "a deep and sincere apology" to Peter Hall.`, "a deep and sincere apology", "Democratic National Committee"},
		{"an organisation with a determiner and a place after it",
			`Peter Hall spoke. The Holocaust Memorial Museum in Washington issued a report charging the group with "crimes against humanity."`, "crimes against humanity.", "Holocaust Memorial Museum"},
		{"an introductory phrase before an unnamed subject",
			`In rejecting a challenge to Peter Hall's eligibility, the commission recognized that a court should settle it — "so that everyone knows once and for all."`, "so that everyone knows once and for all.", "commission"},
		{"a sentence adverb before an unnamed subject",
			`Peter Hall spoke. Instead, the statement talked about giving voters the right to "determine who they want."`, "determine who they want.", "statement"},
		{"the and a plural nationality",
			`Peter Hall spoke. "Today, the kingdom leads the fight," the Saudis state in the paper.`, "Today, the kingdom leads the fight,", "Saudis"},
		{"a relative clause closing the opener",
			`In rejecting a challenge to Peter Hall's eligibility, which is due next week, the commission recognized that a court should settle it — "so that everyone knows."`, "so that everyone knows.", "commission"},
		{"a spokesman for a lower-case party",
			`Peter Hall sold it. A spokesman for the buyer said there was a commitment "to making this a showcase."`, "to making this a showcase.", "spokesman for the buyer"},
		{"a capitalised common word inside an organisation's name",
			`Peter Hall spoke. The New York Times characterized his path as a "journey from denial to acceptance."`, "journey from denial to acceptance.", "New York Times"},
		{"an irregular past after an organisation",
			`Peter Hall spoke. In 2014, Pew found that "about twice as many Democrats said so."`, "about twice as many Democrats said so.", "Pew"},
		{"a participle after a quote does not invert",
			`Peter Hall has hailed the vote as "fantastic," telling reporters during a visit that it was good.`, "fantastic,", "Peter Hall"},
		{"a bare speech word after an article and an adjective is a noun",
			`Anna Ruiz spoke. Peter Hall delivered a snappy retort: "No one is tearing this up."`, "No one is tearing this up.", "Peter Hall"},
		{"a name and any verb right before a comma and the quote",
			`Peter Hall has often been effective - during their first debate, Anna Ruiz cracked, "I'm a progressive who gets things done" - and he won.`, "I'm a progressive who gets things done", "Anna Ruiz"},
		{"a name after than takes no pronoun's gender",
			"Governor Ruiz has run the state for a decade. Aides say she is tougher on crime than Mayor Hall — and most of her own party.\n\nGovernor Ruiz is more cautious on taxes than Mayor Hall. Though she has not proposed cuts, she has called for \"a pause\" on new levies.", "a pause", "Ruiz"},
		{"he after the main clause's object and after",
			`Mayor Peter Hall scolded his deputy Mark Stone when he said the budget plan was "dead on arrival."`, "dead on arrival.", "Mark Stone"},
		{"a handle names the person a pronoun means",
			"Peter Hall spoke. Mark Stone replied.\n\nRemember when @PeterHallMP backed the toll? He stood with @CityCouncil and called it \u201ca fair deal.\u201d \u2014 Mark Stone (@MarkStone) May 2, 2016", "a fair deal.", "Peter Hall"},
		{"goes on to say",
			"Anna Ruiz emailed supporters.\n\nThe email goes on to say: \"We have to be ready to stop him.\"", "We have to be ready to stop him.", "email"},
		{"a source before the verb runs through familiar with",
			`Peter Hall spoke. Two sources familiar with the matter said the deal was "very close."`, "very close.", "Two sources familiar with the matter"},
		{"a source before the verb runs through close to",
			`Peter Hall spoke. A person close to the campaign said it was "not over."`, "not over.", "person close to the campaign"},
		{"a quoted title inside an appositive before the verb",
			"Peter Hall spoke.\n\nAnna Ruiz, the co-author of \"Going Viral,\" about the spread of information, said the days when the nation had \"a somewhat unifying story\" are gone.", "a somewhat unifying story", "Anna Ruiz"},
		{"a quote after a sentence closed by a speech verb",
			"Anna Ruiz agreed.\n\nOr maybe Mark Stone, digital consultant Peter Hall says. \"Several surveys suggest a second look.\"", "Several surveys suggest a second look.", "Peter Hall"},
		{"the agent of a passive asked",
			`Peter Hall was asked by moderator Anna Ruiz whether his plan risked "adding another expensive program."`, "adding another expensive program.", "Anna Ruiz"},
		{"a cue after while opens a clause of its own",
			`Anna Ruiz criticizes Peter Hall for a "reckless budget" while Hall says she ignored the deficit.`, "reckless budget", "Anna Ruiz"},
		{"agrees right after a quote",
			"\"Taxes are too high,\" says Mark Stone, a baker.\n\n\"Our costs keep rising,\" agrees Lena Park, 41, of Dayton.", "Our costs keep rising,", "Lena Park"},
		{"a person's possessive opens a source phrase before a participle",
			`Peter Hall's campaign manager thanked the crowd, saying: "We never gave up."`, "We never gave up.", "Peter Hall's campaign manager"},
		{"a bare plural source noun with its organisation",
			`Lawyers for Marlow County appeared to reject the offer, saying in a filing that the land "was never for sale."`, "was never for sale.", "Lawyers for Marlow County"},
		{"a source noun with a capitalised organisation before a participle",
			`A spokesman for the Harbor Transit Authority emailed riders the new timetable on Friday, arguing, "The fares have to rise."`, "The fares have to rise.", "spokesman for the Harbor Transit Authority"},
		{"a weak cue with a longer object before as and the quote",
			`"It is fine," Peter Hall said. Sanitation workers described the soil near the old mill as "badly poisoned."`, "badly poisoned.", "Sanitation workers"},
		{"a weak clause-final cue after a longer subject phrase",
			`Peter Hall spoke. "Doors open at nine," a notice on the city website reads.`, "Doors open at nine,", "city website"},
		{"had this to say",
			`Peter Hall spoke. A report from the Lakeside Policy Center had this to say about the budget: "The numbers do not add up."`, "The numbers do not add up.", "Lakeside Policy Center"},
		{"agents as a source noun",
			`Peter Hall spoke. Customs agents described the crates as "plainly mislabeled."`, "plainly mislabeled.", "Customs agents"},
		{"a quote inside an opening while clause",
			`While Anna Ruiz calls the plan "a fine start," Peter Hall dismisses it as a stunt.`, "a fine start,", "Anna Ruiz"},
		{"a quote after a speech verb inside an opening when clause",
			`When a spokesman for the mayor shouted, "Liar," Peter Hall joked, "Thank you, sir!"`, "Liar,", "spokesman for the mayor"},
		{"a possessive with modifiers before the role noun and the name",
			"Anna Ruiz spoke.\n\n\"The vote was a mistake,\" said Ruiz's top foreign policy aide Tom Becker.", "The vote was a mistake,", "Tom Becker"},
		{"a cue in an adverbial clause closed before the quote",
			`Anna Ruiz said that if Peter Hall complains about the new budget, "he has not read it."`, "he has not read it.", "Anna Ruiz"},
		{"a negated speech verb is no cue",
			`Anna Ruiz called the plan "a joke" but Peter Hall did not respond.`, "a joke", "Anna Ruiz"},
		{"a plural speech word after of is a noun",
			`Peter Hall spoke. FactWatch rated 30% of Republican claims as "mostly false."`, "mostly false.", "FactWatch"},
		{"continue to is no speech verb",
			`Anna Ruiz said she is sure Peter Hall will continue to be "a voice for working families."`, "a voice for working families.", "Anna Ruiz"},
		{"a speech verb after should reports nothing said",
			`Anna Ruiz said in her remarks that the charter should reiterate the city's support for "our oldest partners."`, "our oldest partners.", "Anna Ruiz"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Extract(Doc{Text: c.text})
			if got := speakerOf(t, r, c.quote); got != c.want {
				t.Errorf("speaker = %q, want %q", got, c.want)
			}
		})
	}
}

// TestPeopleRules holds one short made-up case per people rule added
// after the first version: the names that must and must not be people.
func TestPeopleRules(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"Mr. is not a woman of that surname",
			"Michelle Obama spoke first. Then Mr. Obama thanked her. Mr. Obama left.",
			[]string{"Michelle Obama", "Obama"}, nil},
		{"a place prefix and a given name make a place",
			"Peter Hall flew from San Bernardino to Santa Monica. He said so.",
			[]string{"Peter Hall"}, []string{"Bernardino", "Monica", "San Bernardino", "Santa Monica"}},
		{"dotted initials inside a name",
			"Former President George H.W. Bush wrote to G.K. Butterfield on Monday.",
			[]string{"George H.W. Bush", "G.K. Butterfield"}, []string{"George H.W."}},
		{"companies and products used like names",
			"Sony, IBM and Toshiba built the Cell processor. Sony said the Cell chip is fast. The PlayStation 3 ships soon. Sony told a crowd in June. Leaks came from WikiLeaks, which said nothing.",
			nil, []string{"Sony", "Toshiba", "Cell", "PlayStation", "WikiLeaks"}},
		{"surname prefixes are not CamelCase",
			"Mitch McConnell met Ray LaHood and Ron DeSantis. McConnell said no.",
			[]string{"Mitch McConnell", "Ray LaHood", "Ron DeSantis"}, nil},
		{"lexicon words stay off the people list unless a person has that surname",
			"Mark Cuban spoke. Cuban said no. Cuban exiles said nothing. I said yes. Black voters agreed.",
			[]string{"Mark Cuban"}, []string{"Cuban", "I", "Black"}},
		{"a surname opening a sentence before a past-tense verb",
			"Holdouts include the party's 2008 nominee, Zorb Kessling. Kessling went after Hall on Monday over his taxes.",
			[]string{"Zorb Kessling"}, nil},
		{"a surname before an institution word",
			"The Obama administration said no. Obama said later that he agreed. Obama left.",
			[]string{"Obama"}, nil},
		{"a common word alone is no person",
			"Peter Hall met the board. Critics said the plan was weak. Moreover, the critics spoke. Prosecutors said no.",
			[]string{"Peter Hall"}, []string{"Critics", "Moreover", "Prosecutors"}},
		{"a common word before a title or a name is no part of it",
			"Beating President Donald Trump is hard. Coverage Trump got was poor. Trump spoke.",
			[]string{"Donald Trump"}, []string{"Beating President Donald Trump", "Coverage Trump"}},
		{"a day before a title is no part of the alias",
			"On Inauguration Day President Peter Hall spoke. Hall said yes.",
			[]string{"Peter Hall"}, []string{"Day President Peter Hall"}},
		{"the pronoun I after a name",
			"Ronald Reagan I think was right, said Peter Hall.",
			[]string{"Ronald Reagan"}, []string{"Ronald Reagan I"}},
		{"a title word after a given name is a surname",
			"Martin Luther King Jr. spoke in 1963. Coretta Scott King said so.",
			[]string{"Martin Luther King Jr.", "Coretta Scott King"}, []string{"Jr", "Scott King"}},
		{"President-elect is a title",
			"President-elect Barack Obama met aides. Obama said no.",
			[]string{"Barack Obama"}, []string{"President-elect Barack Obama"}},
		{"a common last word needs a given name or a title",
			"Intermountain Healthcare said no. Mia Love said yes. Tom Price met Sen. Hope.",
			[]string{"Mia Love", "Tom Price", "Hope"}, []string{"Intermountain Healthcare"}},
		{"a run ending in a title is an office",
			"The U.S. Trade Representative said no. Trade Representative Bob Lighthizer said yes.",
			[]string{"Bob Lighthizer"}, []string{"Trade Representative"}},
		{"a hyphenated modifier is no name",
			"Taiwan-born Elaine Chao spoke. A Bart Simpson-style joke followed. Chao said no.",
			[]string{"Elaine Chao"}, []string{"Taiwan-born Chao", "Bart Simpson-style"}},
		{"a common word after a modifier that is no title",
			"The General Election is near. The U.S. Government said so. Congressional Vote counts.",
			nil, []string{"Election", "Government", "Vote"}},
		{"a bare word no pronoun refers to is no person",
			"The law known as Obamacare is here. Many like Obamacare, and Obamacare works. Friends of Pete met Pete, and Pete left.",
			[]string{"Pete"}, []string{"Obamacare"}},
		{"a plural group word ends no name",
			"Young Americans met Roman Catholics. Peter Hall said so.",
			[]string{"Peter Hall"}, []string{"Young Americans", "Roman Catholics"}},
		{"names in a video widget are furniture",
			"Peter Hall met the board.\n\nJUST WATCHED Sen. Anna Ruiz on the budget Replay More Videos ... MUST WATCH Sen. Anna Ruiz on the budget 02:06\n\nHall said no.",
			[]string{"Peter Hall"}, []string{"Anna Ruiz", "Videos"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Extract(Doc{Text: c.text})
			got := map[string]bool{}
			for _, p := range r.People {
				got[p.Name] = true
			}
			for _, w := range c.want {
				if !got[w] {
					t.Errorf("missing person %q in %v", w, got)
				}
			}
			for _, w := range c.not {
				if got[w] {
					t.Errorf("%q is not a person: %v", w, got)
				}
			}
		})
	}
}

// TestQuoteDropRules holds one short made-up case per rule that drops a
// quoted span as no speech (titles, names of works), and one that keeps
// a near miss.
func TestQuoteDropRules(t *testing.T) {
	cases := []struct {
		name, text, quote string
		keep              bool
	}{
		{"a show after told",
			`"He is a former president," Anna Ruiz told "Fox and Friends," on Monday.`, "Fox and Friends,", false},
		{"a show after an interview with",
			`"We will win," Peter Hall said in an interview with "Fox News Sunday."`, "Fox News Sunday.", false},
		{"a work after the author of",
			`"It spreads fast," said Anna Ruiz, the author of "Going Viral," a study.`, "Going Viral,", false},
		{"a work after a title noun and a comma",
			`"We refused," Anna Ruiz wrote in her memoir, "Tough Choices."`, "Tough Choices.", false},
		{"an attribute value inside a leftover markup tag",
			"\"We will fix them,\" Peter Hall said of the roads.\n\n<post post-author=\"@hallforcouncil\" post-date=\"Tuesday, May 2, 2019, at noon\">We will fix the roads.</post>", "Tuesday, May 2, 2019, at noon", false},
		{"a chant after to is speech",
			`The crowd turned to "Feel the Bern!" as Peter Hall spoke.`, "Feel the Bern!", true},
		{"a sentence after told stays",
			`Peter Hall told reporters "we will not back down on this," and left.`, "we will not back down on this,", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Extract(Doc{Text: c.text})
			found := false
			for _, q := range r.Quotes {
				if q.Text == c.quote {
					found = true
				}
			}
			if found != c.keep {
				t.Errorf("quote %q kept = %v, want %v (%v)", c.quote, found, c.keep, r.Quotes)
			}
		})
	}
}
