import sys
from markup import write_set
T = []

# 1 UK - illustrator, Bristol
T.append("""AI: Thanks for making time today. To start, could you tell me a bit about yourself and the work you do?

User: Sure. I'm [[Freya Lindqvist-Hale|PERSON]], I'm [[31|AGE]], and I'm a [[children's book illustrator|JOB_TITLE]] based in [[Bristol|CITY]]. I rent a desk at [[Spike Island|ORGANIZATION]], the arts centre down by the harbour, and I've been freelance full-time since [[2019|DATE]]. Mostly picture books, plus the odd editorial commission for magazines when the book money is slow, which is more often than you'd think.

AI: Where does AI come into that work, if at all?

User: Less than people assume. I draw everything in [[Procreate|SOFTWARE]] and then tidy the files in [[Photoshop|SOFTWARE]]. Where I do use it is the admin. I'll paste a brief into [[ChatGPT|AI_PRODUCT]] and ask it to pull out the actual deliverables, because some briefs are four pages of mood and one line of "we need this by [[Friday|GENERIC_TIME]]". I tried [[Midjourney|AI_PRODUCT]] once, in [[spring 2023|DATE]], just to see what the fuss was about, and I felt a bit queasy afterwards. It had very obviously eaten a lot of [[Quentin Blake|PUBLIC_FIGURE]].

AI: That's a strong reaction. Do the people you work with share it?

User: Some do. My [[agent|GENERIC_ROLE]], [[Moira Keane|PERSON]] at [[Plum Tree Literary|ORGANIZATION]], got a clause into my last two contracts saying the publisher can't use my artwork to train any model. [[Moira|PERSON]] is fierce about that, she's had it in every deal since the [[Society of Authors|ORGANIZATION]] put out their guidance. Then there's [[Danny Achterberg|PERSON]], the [[art director|JOB_TITLE]] at [[Walker Books|ORGANIZATION]], who is much more relaxed. He mocks up page layouts with generated images before a book is even commissioned, just so the acquisitions meeting has something to look at.

AI: How do you feel about [[Danny|PERSON]] doing that?

User: Mixed. [[Danny|PERSON]] rang me one [[Thursday|GENERIC_TIME]] in [[November|GENERIC_TIME]] and said, look, the fox in this mock-up isn't yours, it's a placeholder, and the real book will be all your work. And it was. But I've heard from another illustrator, [[Priyanka|PERSON]], who I shared a table with at the [[Bologna|CITY]] fair, that her publisher left a couple of the placeholder spreads in a proof by mistake. Nobody noticed until the printer's sample came back. So I'm watchful. I ask to see the mock-ups now, every time.

AI: Is there anything AI has actually made easier for you?

User: Invoicing, genuinely. My partner [[Tom|PERSON]] built me a spreadsheet in [[Excel|SOFTWARE]] years ago and I used to dread opening it. Now I ask [[Copilot|AI_PRODUCT]] to draft the emails chasing late payers in a polite-but-firm voice, and it's better at firm than I am. Early on I asked it how to price a licence for a toy company in [[Germany|COUNTRY]] and it was confidently wrong, so pricing questions go to a group chat of illustrators instead. I also use it for the little bios publishers want in three slightly different lengths. Oh, and alt text. [[Walker|ORGANIZATION]] asked for alt text for the ebook edition and the first pass from the machine was a decent starting point, although it kept describing my badger as "a small dog".

AI: Ha. Last question: if we wanted to follow up, how could we reach you?

User: Email's easiest. I write it out like this on my website because of scrapers: [[freya at lindqvisthale dot co dot uk|OBF_EMAIL|spelled_at_dot]]. The portfolio itself is [[lindqvisthale.co.uk/portfolio|URL]], and I'm [[@freya.draws.things|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]], though I only check messages on [[Sundays|GENERIC_TIME]].""")

# 2 Nigeria - postdoc, Ibadan
T.append("""AI: Good afternoon, and thank you for joining. Could you start by introducing yourself and your role?

User: Good afternoon. My name is [[Chiamaka Eze|PERSON]]. I'm a [[postdoctoral researcher|JOB_TITLE]] in molecular parasitology at the [[University of Ibadan|SCHOOL]], working on drug resistance in malaria parasites. I'm [[34|AGE]]. I came back to [[Ibadan|CITY]] in [[January 2022|DATE]] after finishing my PhD at the [[University of Glasgow|SCHOOL]], so I've seen how labs work in two very different settings.

AI: What does a typical week look like, and where does AI show up in it?

User: Bench work from [[Monday|GENERIC_TIME]] to [[Wednesday|GENERIC_TIME]], so culture maintenance, PCR, sequencing prep, and then analysis and writing for the rest of the week. AI shows up in the analysis and writing. I use [[ChatGPT|AI_PRODUCT]] to help me debug [[Python|SOFTWARE]] scripts, because our variant-calling pipeline was written by a former student who left for [[Canada|COUNTRY]] and did not believe in comments. I also use [[Elicit|AI_PRODUCT]] for literature searches, though my [[PI|GENERIC_ROLE]] does not trust it at all.

AI: Tell me more about your [[PI|GENERIC_ROLE]]'s view.

User: My [[PI|GENERIC_ROLE]] is Prof. [[Adebayo Ogunleye|PERSON]]. He has run this lab for over twenty years and he is a careful man. At lab meeting in [[March|GENERIC_TIME]] he told all of us that any sentence in a manuscript that came from a chatbot must be flagged in tracked changes, and he reads every flagged sentence himself. Prof. [[Ogunleye|PERSON]] is not against it, he just says the reviewers at [[Malaria Journal|ORGANIZATION]] will not forgive a fabricated citation, and neither will he. To be fair, I have caught [[ChatGPT|AI_PRODUCT]] inventing a paper with my own [[co-author|GENERIC_ROLE]]'s name on it.

AI: That sounds alarming. What happened there?

User: I asked it for references on kelch13 mutations in West African isolates and it gave me a beautiful citation with Dr. [[Sinéad Mulcahy|PERSON]] as first author. [[Sinéad|PERSON]] is our [[collaborator|GENERIC_ROLE]] at the [[London School of Hygiene & Tropical Medicine|SCHOOL]], so I emailed her excitedly to ask for the PDF. She wrote back, "[[Chiamaka|PERSON]], I have never written this paper, but I wish I had." We laughed, but since then I verify every single reference in [[Zotero|SOFTWARE]] before it goes anywhere near a draft.

AI: Are there any rules from your funders or institution about using these tools?

User: The grant is from the [[Wellcome Trust|ORGANIZATION]], and their policy is mainly about peer review, that you must not paste someone's grant application into a chatbot. The university has nothing formal yet. What we worry about more is the sample data. Our isolates come from clinics in [[Ibadan|CITY]] and [[Ogbomoso|CITY]], and even though the codes are anonymised, the clinic name plus the date can point to a small community. So our lab technician, [[Kunle|PERSON]], set up a rule that no metadata file is uploaded to any AI tool. Only sequences, never the spreadsheet. I am not against disclosure either: when I presented our resistance data at the [[ASTMH|ORGANIZATION]] meeting in [[Chicago|CITY]] in [[October 2023|DATE]], I used [[Copilot|AI_PRODUCT]] to cut my abstract down to the word limit, and I said so openly.

AI: Thank you. If we need to follow up, how can we reach you?

User: My university email is [[c.eze@ui.edu.ng|EMAIL_ADDRESS]], and you can call or [[WhatsApp|SOFTWARE]] me on [[+234 803 555 0192|PHONE_NUMBER]]. My publications are on my ORCID page, [[orcid.org/0000-0002-7714-3391|URL]], if you want to see what I actually work on.""")

# 3 Brazil - game designer, Porto Alegre
T.append("""AI: Hi, thanks for joining. Can you tell me who you are and what you do?

User: Oi! I'm [[Rafael Monteiro|PERSON]], most people call me [[Rafa|PERSON]]. I'm [[28|AGE]] and I'm a [[game designer|JOB_TITLE]] and co-founder of [[Capivara Lenta|ORGANIZATION]], a tiny indie studio in [[Porto Alegre|CITY]]. Five people, one office above a bakery in [[Cidade Baixa|CITY]]. We're finishing a cozy fishing game set in the Pantanal, we have a publishing deal with [[Raw Fury|ORGANIZATION]] and we're aiming for launch next year.

AI: How does AI fit into your day-to-day work?

User: In a few places. Our [[programmer|JOB_TITLE]], [[Beatriz Kuhn|PERSON]], uses [[GitHub Copilot|AI_PRODUCT]] inside [[Unity|SOFTWARE]] all day, she says it writes the boring boilerplate for her. I use [[ChatGPT|AI_PRODUCT]] mostly for design documents and balancing. Like, I'll give it the fish rarity table and ask it to simulate a hundred play sessions in a spreadsheet, to see if someone could catch the legendary pirarucu in the first hour. It's not perfect but it finds the stupid mistakes fast.

AI: What about the art side?

User: That's where we drew a line. Our [[artist|JOB_TITLE]], [[Luiza|PERSON]], does all the pixel art in [[Aseprite|SOFTWARE]] and she was very clear in our first meeting: no generated art in the game, not even for backgrounds. [[Bia|PERSON]] and I agreed. Partly it's ethics, partly it's practical, because players on [[Steam|SOFTWARE]] will find out and review-bomb you. We saw that happen to another Brazilian studio in [[2024|DATE]]. So AI is for spreadsheets and code, not for what the player sees. And when I ask it for quest ideas I get the average of every game ever made anyway. [[Hideo Kojima|PUBLIC_FIGURE]] is not going to be replaced by autocomplete.

AI: You mentioned [[Bia|PERSON]]. Is that the same person as [[Beatriz|PERSON]]?

User: Yes, sorry, [[Beatriz|PERSON]] is [[Bia|PERSON]]. Nobody calls her [[Beatriz|PERSON]] except her mother and the bank. She also handles our grant paperwork. We got money from a state culture fund in [[2023|DATE]], and the forms are a nightmare, so she used [[Claude|AI_PRODUCT]] to rewrite our project description in the bureaucratic Portuguese they want. It worked, we got the money. But she forgot the form had her CPF and our address on it and pasted the whole thing. Now we have a rule: clean the document first.

AI: Have you had any feedback from your publisher about AI use?

User: [[Raw Fury|ORGANIZATION]] asked us to fill in a disclosure questionnaire, which I think is smart. Our [[producer|JOB_TITLE]] there, [[Henrik|PERSON]], said [[Steam|SOFTWARE]] now asks developers directly about generated content, so they want to know exactly. I respect that. When we showed the demo at [[BIG Festival|ORGANIZATION]] in [[São Paulo|CITY]] in [[June 2024|DATE]], a journalist asked me straight away, "Is the art AI?" It's the first question now, even before "Is it fun?"

AI: Thanks, [[Rafa|PERSON]]. How can we reach you for a follow-up?

User: Email me at [[rafa arroba capivaralenta ponto com ponto br|OBF_EMAIL|arroba_ponto]], I write it like that because the bots eat everything. Or on [[Discord|SOFTWARE]] I'm [[rafa_capivara|SOCIAL_HANDLE]], I'm there basically all the time.""")

# 4 Japan - literary translator, Sapporo
T.append("""AI: Thank you for joining. Could you introduce yourself and describe your work?

User: Yes. My name is [[Mizuki Harada|PERSON]]. I am a [[literary translator|JOB_TITLE]], English to Japanese, and I live in [[Sapporo|CITY]]. I am [[thirty-nine|AGE]]. I mainly translate crime fiction and some nonfiction, and I also teach a translation seminar once a week at [[Hokkaido University|SCHOOL]] as a part-time lecturer. My first translated novel came out in [[2012|DATE]].

AI: How do you use AI tools in your translation work?

User: Carefully. For literary work I never let a machine translate the text for me, the rhythm is wrong, the voice is wrong. But I use [[DeepL|AI_PRODUCT]] as a kind of second opinion. When a sentence is very long, with three clauses and a joke inside, I look at what [[DeepL|AI_PRODUCT]] does with it, just to see the structure. Then I close it and write my own. I use [[ChatGPT|AI_PRODUCT]] for slang. For example, a Glaswegian detective says something rude, and I ask what it means and how strong it is. It is often helpful, sometimes completely wrong.

AI: Do your clients or publishers have a position on this?

User: My main publisher is [[Hayakawa Shobo|ORGANIZATION]]. My [[editor|GENERIC_ROLE]] there, [[Kondo|PERSON]]-san, asked me last year to sign a document promising I did not use machine translation for the final text. I signed happily. But she also told me that for some business books, another publisher now gives the translator a machine draft and pays less, like post-editing. [[Kondo|PERSON]]-san thinks this will come to fiction too. This worries me a lot. The [[Japan Association of Translators|ORGANIZATION]] had a seminar about it in [[Tokyo|CITY]] in [[February 2024|DATE]], and many people were angry.

AI: What did you take away from that seminar?

User: That we need to explain our value better. One speaker, a translator of [[Haruki Murakami|PUBLIC_FIGURE]] into English, said that a translation is a reading, and a machine does not read. I liked this. Also, practically, I learned that some people put their whole manuscript into these tools and they do not know where the data goes. The author's unpublished book! I would never do that. The contract with the foreign [[agent|GENERIC_ROLE]] usually forbids it.

AI: How do you use AI in your teaching?

User: This is the interesting part. My students at [[Hokkaido University|SCHOOL]] all use it. So instead of banning it, I give them a [[DeepL|AI_PRODUCT]] version of a paragraph and ask them to improve it and explain every change. One student, [[Yuto|PERSON]], found eleven problems in one paragraph. He is very sharp. I think this teaches them more than translating from zero. The faculty office does not have clear rules, so I made my own rules in the syllabus. For myself, the other daily tool is [[Gemini|AI_PRODUCT]], which I use to check that my emails to foreign publishers are polite enough in English. Japanese politeness and English politeness are very different, and I don't want to sound cold.

AI: Thank you very much. If we would like to contact you again, how should we do that?

User: Please call or send a message to my mobile. I will write it in the Japanese way: [[０８０－４４１７－２９０３|OBF_PHONE|fullwidth_digits]]. Evenings after seven are best, because in the day I am translating and I do not answer.""")

# 5 Germany - wetland ecologist, Greifswald
T.append("""AI: Hello, and thanks for taking part. Could you tell me about yourself and your research?

User: Hello. I'm [[Jonas Weber|PERSON]], [[44|AGE]] years old, and I'm a [[wetland ecologist|JOB_TITLE]] at the [[University of Greifswald|SCHOOL]], part of the [[Greifswald Mire Centre|ORGANIZATION]]. I lead a small working group on peatland rewetting, so we study what happens to vegetation and greenhouse gas fluxes when drained farmland is flooded again. Most of our field sites are in the [[Peene valley|CITY]], near [[Anklam|CITY]]. I've been in [[Greifswald|CITY]] since [[2015|DATE]], before that I was in [[Münster|CITY]].

AI: Where does AI come into fieldwork like that?

User: More than you'd think, actually. We have acoustic recorders out at the sites, and we run the recordings through [[BirdNET|AI_PRODUCT]] to detect bird species. Ten years ago a student would listen to hundreds of hours. Now the model does the first pass and the student checks the uncertain detections. That's the biggest change. For vegetation we still do it by hand, one square metre at a time, kneeling in the mud. No AI kneels in the mud for you.

AI: And outside the fieldwork?

User: For writing and code. My doctoral student [[Lena Hofmann|PERSON]] uses [[ChatGPT|AI_PRODUCT]] to help with the mixed models, and I use it for the first draft of boring things, like the data management plan for the [[DFG|ORGANIZATION]] proposal. Those plans are very standardised. I also tried [[Perplexity|AI_PRODUCT]] for literature, but it likes to cite press releases instead of papers. For maps we use [[QGIS|SOFTWARE]], no AI there, just a lot of swearing.

AI: You mentioned [[Lena|PERSON]]. How do you supervise students who use these tools?

User: I had to think about that. [[Lena|PERSON]] is very honest, she showed me a chat where the model suggested a completely wrong random effect structure, and she noticed. That's what I want: they use it, but they have to be able to explain every line. We discussed it in the group in [[summer 2023|DATE]] and wrote a one-page agreement. Also my [[colleague|GENERIC_ROLE]] in [[Poland|COUNTRY]], Dr. [[Marta Zalewska|PERSON]] from the [[University of Warsaw|SCHOOL]], does the same with her students, so we share notes.

AI: Are there concerns specific to environmental science?

User: Two. First, energy. It feels strange to study greenhouse gases and then run big models without thinking. I don't know the real numbers, but it bothers me. Second, the farmers. We work with landowners who let us access their fields, and some of them are older and very private. One of them, [[Manfred|PERSON]], asked me if the "computer" was listening to his conversations because of the microphones. It only records birds, of course, but we now put up signs and we delete any segment with human voices before we upload anything. As for the university, its statement from [[2023|DATE]] basically said 'be responsible'. I'd like a licensed tool where I know the data stays in [[Europe|CONTINENT]], because I cannot put landowner contracts into an American service.

AI: Thank you. How can we contact you if we have follow-up questions?

User: My work address, written the way it is on our group website: [[jonas.weber(at)uni-greifswald(dot)de|OBF_EMAIL|paren_at_dot]]. I'm in the field on [[Tuesdays|GENERIC_TIME]] and [[Wednesdays|GENERIC_TIME]] from [[April|GENERIC_TIME]] to [[September|GENERIC_TIME]], so replies may be slow then.""")

# 6 India - cardiologist and clinical researcher, Chennai
T.append("""AI: Thank you for joining us. Could you introduce yourself and your work?

User: Of course. I'm Dr. [[Ananya Raghavan|PERSON]], I'm [[41|AGE]], and I'm an [[interventional cardiologist|JOB_TITLE]] at the [[Kaveri Heart Institute|ORGANIZATION]] in [[Chennai|CITY]]. About half my time is clinical, cath lab and outpatients, and the other half is research. I run a registry of young heart attack patients, people under forty-five, which we started in [[August 2021|DATE]] with funding from the [[ICMR|ORGANIZATION]].

AI: Where does AI come into your research work?

User: Mostly on the writing and data side. The hospital approved [[Microsoft Copilot|AI_PRODUCT]] last year under an enterprise licence, so that's the one we're allowed to use with anything internal. I use it to draft responses to the ethics committee, summarise protocol amendments, that kind of thing. For statistics I still work in [[SPSS|SOFTWARE]] and [[Stata|SOFTWARE]], and our data is captured in [[REDCap|SOFTWARE]]. I've used [[ChatGPT|AI_PRODUCT]] at home for general questions, but never with patient data. Never.

AI: How did the hospital arrive at that policy?

User: There was an incident, honestly. In [[early 2023|DATE]] a junior resident pasted a discharge summary into a free chatbot to "make it sound better", with the patient's name and hospital number still in it. Nothing terrible happened, but our [[medical superintendent|JOB_TITLE]], Dr. [[Krishnan Iyer|PERSON]], set up a committee and I was put on it. We wrote a two-page policy. Everyone who logs into the approved tool has to enter their staff ID, mine is [[KHI-04417|NATIONAL_ID]], so there's an audit trail. People grumbled, but I think it's the right approach.

AI: Who else is involved in the registry, and how do they use these tools?

User: My [[co-investigator|GENERIC_ROLE]] is Dr. [[Senthil Kumar|PERSON]], an [[epidemiologist|JOB_TITLE]] at [[Madras Medical College|SCHOOL]], and he is much more enthusiastic than me. [[Senthil|PERSON]] uses [[Claude|AI_PRODUCT]] to write his analysis code and then checks it line by line. Our [[research coordinator|JOB_TITLE]], [[Deepa Venkatesan|PERSON]], handles the follow-up calls with patients, and she wanted to try a transcription tool to summarise those calls. I told [[Deepa|PERSON]] to wait until we clear it with the ethics committee, because the calls are in Tamil and English mixed together, and these are patients' voices. That's not something to experiment with casually.

AI: You said you're less enthusiastic than [[Senthil|PERSON]]. Why is that?

User: Partly temperament. I'm a [[cardiologist|JOB_TITLE]]; I like things I can measure. When [[Devi Shetty|PUBLIC_FIGURE]] talks about AI reading ECGs in every village, I agree it's promising, but in my own experience the tools are confident and sometimes wrong, and in cardiology wrong is expensive. Then there's authorship. For our paper in the [[Indian Heart Journal|ORGANIZATION]] in [[2024|DATE]] we had a long argument about whether to declare [[Copilot|AI_PRODUCT]] in the acknowledgements. We did, in the end. When I presented the registry at the [[Cardiological Society of India|ORGANIZATION]] conference in [[Kochi|CITY]] in [[December 2023|DATE]], three people came up afterwards to ask how we'd worded that declaration.

AI: Thank you, Dr. [[Raghavan|PERSON]]. How can we reach you if we have follow-up questions?

User: My mobile is best, but I don't like writing it out in documents, so let me say it like this: [[nine eight four four oh, two one seven six three|OBF_PHONE|number_words]]. With the [[India|COUNTRY]] code in front, of course. Or send a message through the hospital's research office and they'll pass it on. Afternoons after four are better; mornings I'm in the cath lab.""")

# 7 Mexico - documentary photographer, Oaxaca / Mexico City
T.append("""AI: Thanks for being here. Could you tell me a little about yourself?

User: Claro. I'm [[Valeria Cruz Ortega|PERSON]], [[36|AGE]], a [[documentary photographer|JOB_TITLE]] from [[Oaxaca|CITY]]. I've lived in [[Mexico City|CITY]] for ten years, in [[Santa María la Ribera|CITY]], but I go back home constantly because my long-term project is there: women who run mezcal palenques in the central valleys, which I started in [[2018|DATE]]. I shoot for newspapers and NGOs to pay the rent, and the personal projects are the heart.

AI: How does AI show up in your photography work?

User: In the editing, mostly, and it sneaks in whether you want it or not. [[Lightroom|SOFTWARE]] has the AI denoise and the masks that select the sky or the person automatically, and honestly that saves me hours, especially with night scenes by the fire in the palenques. Where I stop is [[Generative Fill|AI_PRODUCT]] in [[Photoshop|SOFTWARE]]. For documentary work, adding pixels that weren't there is lying. [[Graciela Iturbide|PUBLIC_FIGURE]] never needed to invent a goat in the background, and neither do I.

AI: Have you had conversations with [[editors|GENERIC_ROLE]] or [[clients|GENERIC_ROLE]] about this?

User: Yes, many. When I worked for [[Animal Político|ORGANIZATION]] in [[2022|DATE]], the [[photo editor|JOB_TITLE]], [[Rodrigo Salas|PERSON]], made us sign that we would not use generative tools on any news image. [[Rodrigo|PERSON]] is old school, he still checks the raw files himself. Then last year an NGO [[client|GENERIC_ROLE]] asked me to "improve" a photo of a rural school by removing a broken window with AI for their annual report. I refused. We agreed to use a different photo, but it was an uncomfortable call.

AI: Do you use text-based AI tools at all?

User: For grant applications, yes. I got a [[FONCA|ORGANIZATION]] grant back in [[2020|DATE]], before the fund was closed, and now I apply to foreign foundations, the [[Magnum Foundation|ORGANIZATION]], [[World Press Photo|ORGANIZATION]] and so on. My English is good but not good enough for a project statement, so I write in Spanish and use [[ChatGPT|AI_PRODUCT]] to translate, then my friend [[Memo|PERSON]], who lived in [[Chicago|CITY]] for years, reads it and says "this sounds like a robot" and we fix it together. It's a three-way collaboration: me, the machine and [[Memo|PERSON]].

AI: Is there anything that worries you about AI in your field more generally?

User: The archive. The women I photograph trusted me with their faces. If my website gets scraped and their faces end up training some model that makes "Mexican woman with mezcal" stock images, that's a betrayal of them, not only of me. So I lowered the resolution on my site and I opt out of everything I can. And exhibitions. When I showed the series at [[Galería Ámbar|ORGANIZATION]] in [[Roma Norte|CITY]] in [[November 2023|DATE]], the [[gallerist|JOB_TITLE]], [[Inés Carvajal|PERSON]], put a line in the wall text saying no image was generated or altered by AI. People photographed that line more than the photos!

AI: That's a great detail. How can we contact you for follow-up?

User: [[Instagram|SOFTWARE]] is where I live: [[@vale.cruz.foto|SOCIAL_HANDLE]]. My site is [[valeriacruzortega.com|URL]]. And email, I always write it like this: [[valeria punto cruz arroba protonmail punto com|OBF_EMAIL|arroba_punto]]. If it's urgent, send me a message on [[Instagram|SOFTWARE]] and I'll give you my [[WhatsApp|SOFTWARE]].""")

# 8 Kenya - data scientist, Nairobi
T.append("""AI: Hello and welcome. Could you start by telling me about yourself and your job?

User: Hi! I'm [[Wanjiru Kamau|PERSON]], I'm [[29|AGE]], and I'm a [[data scientist|JOB_TITLE]] at [[Shamba Insights|ORGANIZATION]], an agritech startup in [[Westlands|CITY]], [[Nairobi|CITY]]. We build crop yield forecasts for smallholder farmers and the co-ops that buy from them, using satellite data, weather and soil samples. I joined in [[April 2022|DATE]], straight after my master's at [[AIMS Rwanda|SCHOOL]]. Before that I did maths at [[Strathmore University|SCHOOL]].

AI: How do you use AI in your day-to-day work?

User: Well, in some sense the whole job is machine learning, so I have to be careful with the word. The forecasting models are things we build ourselves in [[Python|SOFTWARE]] with [[scikit-learn|SOFTWARE]] and some gradient boosting. But the generative assistants, yes, daily. I use [[Claude|AI_PRODUCT]] for refactoring code and writing tests, and [[ChatGPT|AI_PRODUCT]] when I need to explain a model to non-technical people, like turning a feature importance plot into two sentences of Swahili for the extension officers. Our [[CTO|GENERIC_ROLE]] also pays for [[GitHub Copilot|AI_PRODUCT]] for the whole team.

AI: Who do you work most closely with?

User: My [[manager|GENERIC_ROLE]] is [[Grace Wambui|PERSON]], who heads the data team, and then there's [[Otieno|PERSON]], our [[field lead|GENERIC_ROLE]], who coordinates the agronomists visiting farms in [[Nyeri|CITY]] and [[Meru|CITY]]. [[Grace|PERSON]] is very pro-AI, she did [[Andrew Ng|PUBLIC_FIGURE]]'s courses and she pushes us to automate everything. [[Otieno|PERSON]] is the opposite. He always says the model has never met a farmer. Honestly they're both right, which is why they work well together.

AI: Has there been any disagreement about data, privacy or fairness?

User: Yes, a big one in [[mid-2023|DATE]]. We hold farmer phone numbers, plot locations, sometimes ID numbers because of the loan partners. One of our interns pasted a sample CSV into a free chatbot to ask how to clean it. Only fifty rows, but they included real names and plots. [[Grace|PERSON]] reported it internally, and we wrote a proper policy with a lawyer who knows the Kenyan data protection law. Now anything with personal data stays on our own servers, and for the assistants we use synthetic samples. We also partnered with [[KALRO|ORGANIZATION]] on a fairness review, because the model was worse for farmers in the drier counties, where we had less data.

AI: Has AI changed how you think about your own career?

User: A bit. I'm [[29|AGE]] and I sometimes wonder if junior data roles will exist when my younger cousins graduate. But in [[Kenya|COUNTRY]] the data is so messy that someone still has to go and understand it. I'm speaking at [[PyCon Africa|ORGANIZATION]] later this year about exactly that, "the model has never met a farmer". Yes, I'm stealing [[Otieno|PERSON]]'s line, he knows.

AI: Thank you. How could we reach you for follow-up?

User: Email is [[wanjiru.kamau@shambainsights.co.ke|EMAIL_ADDRESS]]. My code is on [[GitHub|SOFTWARE]] as [[wanjiru-k|SOCIAL_HANDLE]]. For a call, here's my number, and sorry for the spaces, I always type it this way in public forms: [[0 7 2 2 4 1 8 8 0 6|OBF_PHONE|spaced_digits]].""")

# 9 Australia - composer, Melbourne
T.append("""AI: Thanks for joining. Could you tell us who you are and what you do?

User: G'day. I'm [[Mitchell Tran|PERSON]], though literally nobody calls me [[Mitchell|PERSON]], it's [[Mitch|PERSON]]. I'm [[33|AGE]], I'm a [[composer|JOB_TITLE]] for games and TV, and I work out of a converted garage in [[Brunswick|CITY]], in [[Melbourne|CITY]]'s inner north. My biggest credits are the score for a strategy game with [[League of Geeks|ORGANIZATION]] and a kids' animation series on the [[ABC|ORGANIZATION]].

AI: How are you using AI tools, if at all?

User: Sparingly, and with a lot of feelings. Practical stuff first: [[iZotope RX|SOFTWARE]] has machine-learning de-noising and stem separation, and I use it all the time to clean up recordings of live players. It's a lifesaver. I compose in [[Logic Pro|SOFTWARE]], and I use [[ChatGPT|AI_PRODUCT]] for the business side, cue sheets, emails, explaining to a [[producer|GENERIC_ROLE]] why a third round of revisions costs extra. Where I don't go is the music generators. I've played with [[Suno|AI_PRODUCT]] and [[Udio|AI_PRODUCT]] out of curiosity and they're unsettling, because they're good enough for a [[client|GENERIC_ROLE]] who doesn't care.

AI: Have you lost work to those tools?

User: I think so, yes, although nobody tells you directly. A small studio in [[Adelaide|CITY]] I'd done two projects with went quiet in [[2024|DATE]], and then I heard their new trailer used a generated track. My mate [[Kez Albrecht|PERSON]], who's a [[sound designer|JOB_TITLE]], says she's seeing the same thing. [[Kez|PERSON]] reckons the bottom of the market, the fifty-dollar jingles, is gone. The bespoke stuff, a game that needs a score that evolves with the player, that's still ours for now.

AI: What does your industry body say about it?

User: [[APRA AMCOS|ORGANIZATION]] did a big report on AI and music, and they've been pushing for consent and payment for training data. I went to one of their sessions in [[Sydney|CITY]] last [[March|GENERIC_TIME]], and I'm on a panel about it at [[Melbourne International Games Week|ORGANIZATION]]. [[Hans Zimmer|PUBLIC_FIGURE]] gets quoted a lot in these discussions, but the people who get hurt first aren't the big names, they're people like me and [[Kez|PERSON]], doing three jobs at once.

AI: Has AI changed the way you teach or mentor, if you do?

User: I tutor one semester a year at the [[University of Melbourne|SCHOOL]], film scoring for postgrads. This year a student handed in a cue that I'm fairly sure was generated and then lightly edited. I didn't accuse him, I just asked him to walk me through his harmonic choices, and he couldn't. We had a good, honest chat after that. I'd rather teach them to use the tools transparently than pretend they don't exist. The faculty now asks students to declare any AI use on the cover sheet, which is a start, though nobody has worked out what counts. Is a chord suggestion from a plug-in AI? Is a drum groove from a sample pack? It gets philosophical quickly.

AI: Thanks, [[Mitch|PERSON]]. How can we contact you later?

User: Email's [[mitch[at]mitchtranmusic[dot]com|OBF_EMAIL|bracket_at_dot]], written like that so the spam bots don't get it. Mobile's [[0412 555 093|PHONE_NUMBER]]. My showreel is at [[mitchtranmusic.com/reel|URL]] if you want to hear what a human sounds like. And if you're posting the consent form, the studio's at [[14 Hope Street|ADDRESS]], [[Brunswick|CITY]] [[3056|ADDRESS]]. Just leave it in the letterbox, the garage door's usually shut.""")

# 10 Canada - oceanography PhD candidate, Rimouski
T.append("""AI: Bonjour, and thank you for being here. Could you introduce yourself?

User: Bonjour! I'm [[Geneviève Tremblay|PERSON]], I'm [[twenty-seven|AGE]], and I'm a [[PhD candidate|JOB_TITLE]] in oceanography at the [[Université du Québec à Rimouski|SCHOOL]], at [[ISMER|ORGANIZATION]], the marine science institute. I study hypoxia in the deep waters of the St. Lawrence Estuary. I grew up in [[Chicoutimi|CITY]] and moved to [[Rimouski|CITY]] in [[2020|DATE]] for my master's, and I never left.

AI: Where does AI come into your research?

User: Mostly code and writing. Our oxygen data come from moorings and from the research cruises every [[June|GENERIC_TIME]], and processing them in [[MATLAB|SOFTWARE]] is painful, so I use [[ChatGPT|AI_PRODUCT]] to help me translate old [[MATLAB|SOFTWARE]] scripts into [[Python|SOFTWARE]]. I write my articles in English, but my first language is French, so I draft in French, run it through [[DeepL|AI_PRODUCT]], and then I fix everything by hand, because it makes the science sound very flat.

AI: How does your [[supervisor|GENERIC_ROLE]] feel about that?

User: My [[supervisor|GENERIC_ROLE]], [[Pierre-Luc Gagnon|PERSON]], is pragmatic. He told me, "Use whatever you want, but you are the one who signs the paper." [[Pierre-Luc|PERSON]] himself uses [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] for his emails, which I find funny because his emails are three words long anyway. We also have a rule that comes from the [[NSERC|ORGANIZATION]] grant: the data management plans are written by us, and no unpublished cruise data goes into commercial tools until it's archived.

AI: Have you had any surprises, good or bad?

User: A bad one: I asked [[ChatGPT|AI_PRODUCT]] for typical oxygen concentrations in the deep estuary and it gave me a number that was totally wrong, with a reference to a report from [[Fisheries and Oceans Canada|ORGANIZATION]] that doesn't exist. A good one: my friend [[Noémie|PERSON]], who's in the same lab, used [[Whisper|AI_PRODUCT]] to transcribe interviews with fishermen in [[Gaspé|CITY]] for a side project on local knowledge, and it handled their accent better than we expected. Oh, and when I presented at the [[Ocean Sciences Meeting|ORGANIZATION]] in [[New Orleans|CITY]] in [[February 2024|DATE]], I noticed that lots of posters had the same phrases. "Critical insights", "a nuanced understanding". You could tell.

AI: Do you worry about your career given these tools?

User: Not so much about being replaced. More about the environment, because I study oxygen loss that comes partly from warming, and I know these models consume a lot of energy. And about public science: [[Fisheries and Oceans Canada|ORGANIZATION]] is where I'd like to work after the PhD, and I don't know yet how they will handle AI in scientific advice. Public science should be very transparent about what a human checked. My mother still lives in [[Chicoutimi|CITY]] and she reads everything about the river in the local paper. If she can't trust that a person wrote the assessment, then what's the point of us?

AI: Merci. How can we reach you for follow-up?

User: My email, I'll say it the way I put it on my posters: [[genevieve.tremblay arobase uqar point ca|OBF_EMAIL|arobase_point]]. And I'm on [[Bluesky|SOFTWARE]] as [[@genoxygene.bsky.social|SOCIAL_HANDLE]], mostly posting photos from the boat.""")

# 11 France - novelist and screenwriter, Lyon
T.append("""AI: Bonjour, thank you for taking part. Could you tell me a little about yourself?

User: Bonjour. I am [[Mathilde Roux|PERSON]], I'm [[52|AGE]], and I'm a [[novelist|JOB_TITLE]] and, for the last few years, also a [[screenwriter|JOB_TITLE]] for television. I live in [[Lyon|CITY]], on the slopes of the [[Croix-Rousse|CITY]], in an apartment full of paper. I have published six novels with [[Actes Sud|ORGANIZATION]], the first in [[2009|DATE]], and I co-write a crime series that is produced by [[Gaumont|ORGANIZATION]] and filmed, of course, in [[Lyon|CITY]].

AI: How, if at all, do you use AI in your writing?

User: It depends which writing. For the novels, almost nothing. I write by hand first, then in [[Scrivener|SOFTWARE]]. For television it's different, because television is already a machine, with many people, many versions, many notes. My [[co-writer|GENERIC_ROLE]] [[Karim Benali|PERSON]] and I use [[ChatGPT|AI_PRODUCT]] to summarise the notes from the channel, which can be twenty pages of contradictions, and sometimes to check continuity, like "in episode three, did the inspector already know the sister's name?" It's useful for that. For dialogue, never. Dialogue is the one thing I am sure I do better.

AI: Have you tried any other tools?

User: Yes, and here there is a funny confusion. I tried [[Claude|AI_PRODUCT]], the software, because a young writer in my workshop said it was better in French. But my [[editor|GENERIC_ROLE]] at [[Actes Sud|ORGANIZATION]] is also called [[Claude|PERSON]], [[Claude Vernier|PERSON]], a gentleman of seventy who has edited every book I've written. And one day on the phone I said, "I asked [[Claude|AI_PRODUCT]] about the structure of chapter four," and there was a long silence, and then he said, very hurt, "You did not ask me."

AI: That's wonderful. How did [[Claude|PERSON]] react once you explained?

User: He laughed, eventually. But he also said something serious. He said, "[[Mathilde|PERSON]], the day you send me a chapter written by the machine, I will know, and I will not say anything, and you will know that I know." [[Claude|PERSON]] has read every word I've published since the first book, so I believe him. The house added a clause in my last contract about AI, and honestly I was relieved. [[Annie Ernaux|PUBLIC_FIGURE]] writes about a specific kitchen in a specific town, about a body. A machine has no kitchen. That's what I tell the participants in my workshop at the [[Villa Gillet|ORGANIZATION]]: use the machine for your tax forms, not for your pages.

AI: What about the television side? Do producers push you to use it?

User: A little. There was a meeting in [[Paris|CITY]] last [[October|GENERIC_TIME]] where a young [[producer|GENERIC_ROLE]] showed us a pitch document made entirely with AI, images and synopsis, in one afternoon. It was impressive and also completely empty. [[Karim|PERSON]] said it was like the photo of a dish on a menu for food that does not exist. The screenwriters' guild, the [[Guilde française des scénaristes|ORGANIZATION]], has been very active on this, and we follow what the American writers won with their strike. In [[France|COUNTRY]] we are slower, but we have strong authors' rights, so I am cautiously hopeful.

AI: Merci beaucoup. How could we contact you later?

User: By email, [[mathilde.roux.ecrit@orange.fr|EMAIL_ADDRESS]], or by telephone, [[06 12 48 90 37|PHONE_NUMBER]]. Please not before ten in the morning. I write in the mornings, and I do not answer anybody, not even [[Claude|PERSON]]. For the signed consent form, you can post it to [[12 rue d'Austerlitz|ADDRESS]], [[69004|ADDRESS]] [[Lyon|CITY]].""")

# 12 South Korea - webtoon artist, Seoul
T.append("""AI: Hello, thanks for joining. Could you introduce yourself?

User: Hello! My name is [[Park Ji-woo|PERSON]]. I'm [[26|AGE]], and I'm a [[webtoon artist|JOB_TITLE]]. I live in [[Mapo-gu|CITY]], in [[Seoul|CITY]], close to [[Hongik University|SCHOOL]], where I studied, so my studio is basically in my old student neighborhood. I've been serialising a romance-fantasy webtoon on [[Naver Webtoon|ORGANIZATION]] since [[September 2022|DATE]]. It updates every [[Saturday|GENERIC_TIME]], which means my whole life is about [[Saturday|GENERIC_TIME]].

AI: What does your production process look like, and where does AI fit in?

User: Webtoon is a lot of work. Each episode is around sixty panels. I do the storyboard, sketches and main line art myself in [[Clip Studio Paint|SOFTWARE]], and I have one [[assistant|JOB_TITLE]], [[Min-seo|PERSON]], who does flats and backgrounds. For AI, we use small things. [[Clip Studio Paint|SOFTWARE]] has an auto-colorize function and a pose tool, and for backgrounds we buy 3D models. But generated images, like [[Midjourney|AI_PRODUCT]] or [[Stable Diffusion|AI_PRODUCT]], no. Readers would kill me.

AI: Readers would kill you? Can you tell me more?

User: Last year there was a big controversy, a webtoon on the platform was suspected of using generated art, and the comment section exploded, one-star ratings, everything. After that, artists became very careful. My [[editor|GENERIC_ROLE]], [[Choi Eun-bi|PERSON]], in [[Korea|COUNTRY]] we say [[PD|GENERIC_ROLE]], told me the platform takes it very seriously. [[Eun-bi|PERSON]] even asked me to keep my layered files for every episode as proof. I have hundreds of gigabytes now, on two hard drives, and one of them is at my parents' house in [[Daejeon|CITY]], just in case.

AI: So where does AI actually help you?

User: Text! I use [[Wrtn|AI_PRODUCT]], a Korean AI service, and [[ChatGPT|AI_PRODUCT]] for the script side. Not writing the story, but checking things, like the names of medieval clothes, or how a sword fight really works. When my series was licensed for English and Thai, I used [[ChatGPT|AI_PRODUCT]] to check whether the translated jokes still made sense. I also got an offer from [[Kakao Entertainment|ORGANIZATION]] for a new series, and I asked AI to explain the contract terms before I showed it to a lawyer. It helped me ask better questions.

AI: How do other artists around you feel about it?

User: Mixed. My friend [[Hyun-jun|PERSON]], who does action webtoons, thinks AI backgrounds are fine, because backgrounds are so much labor and the pay per episode is low. I understand, but I disagree a little. Artists like [[Yoon Tae-ho|PUBLIC_FIGURE]] built their style over decades, and I want even my backgrounds to feel like mine. [[Min-seo|PERSON]] agrees with me, maybe because it's her job that would disappear first. We talk about it a lot at lunch, usually kimbap at my desk. My worry is different from hers. I'm afraid that in five years the platform will have its own AI tool built in, and the deadline will quietly become twice as short for everyone.

AI: Thank you. How can we contact you later?

User: [[X|SOFTWARE]] is easiest, I'm [[@jiwoo_draws|SOCIAL_HANDLE]]. For email, I write it the Korean way to avoid bots: [[jiwoo.park 골뱅이 naver 쩜 com|OBF_EMAIL|korean_golbaengi]]. 골뱅이 means the @ sign, it's a sea snail, and 쩜 is the dot.""")

# 13 Poland - computational chemist, Krakow
T.append("""AI: Hello, thanks for joining. Could you start by telling me about yourself?

User: Hi. I'm [[Tomasz Wiśniewski|PERSON]], [[32|AGE]], a [[computational chemist|JOB_TITLE]], currently a [[postdoc|JOB_TITLE]] at the [[Jagiellonian University|SCHOOL]] in [[Kraków|CITY]], in the [[Faculty of Chemistry|SCHOOL]]. I model enzyme reactions, mostly with quantum chemistry, so I spend my days on a supercomputer rather than at a bench. I started here in [[October 2021|DATE]], after a PhD in [[Wrocław|CITY]] and two years at [[ETH Zurich|SCHOOL]].

AI: How do you use AI tools in that work?

User: Two kinds. There's scientific machine learning, like [[AlphaFold|AI_PRODUCT]] structures as starting points, and machine-learned potentials that we train ourselves. That's just normal science now. And then there are the chat assistants. I use [[GitHub Copilot|AI_PRODUCT]] in [[VS Code|SOFTWARE]] to write [[Python|SOFTWARE]] scripts that parse output files from [[ORCA|SOFTWARE]] and [[Gaussian|SOFTWARE]]. Those files are ugly, and [[Copilot|AI_PRODUCT]] is shockingly good at regular expressions. I also use [[ChatGPT|AI_PRODUCT]] to explain error messages from the cluster at [[Cyfronet|ORGANIZATION]], which I think are written by people who hate users.

AI: How does your [[group leader|GENERIC_ROLE]] see this?

User: My [[group leader|GENERIC_ROLE]], Prof. [[Halina Zielińska|PERSON]], is interesting. She's been doing quantum chemistry since the eighties, and she uses [[ChatGPT|AI_PRODUCT]] more than any of us, for grant reports to the [[NCN|ORGANIZATION]], the [[National Science Centre|ORGANIZATION]]. She says, "I have written two hundred reports in my life, I have earned the right not to write the two hundred and first." But for papers she's strict. Last year she caught a student's draft where the introduction cited a paper by [[Zielińska|PERSON]] et al. that she never wrote. She was not amused, and the student rewrote the whole introduction by hand.

AI: Do you have concerns about these tools in chemistry specifically?

User: Reproducibility, first. If a model helps generate my input files and the model changes next month, can someone reproduce my work? So every script goes into version control on [[GitHub|SOFTWARE]] before I run anything. The second concern is safety. We don't do anything dangerous here, it's all on computers, but I've seen [[colleagues|GENERIC_ROLE]] from the synthesis groups ask chatbots about reaction conditions, and the answers are confident and sometimes wrong in ways that could hurt someone. Our [[safety officer|JOB_TITLE]], [[Dariusz|PERSON]], printed a sign for the lab that says, in Polish, "[[ChatGPT|AI_PRODUCT]] is not a safety data sheet."

AI: What about the future, for someone at your career stage?

User: I'm applying for assistant professor positions this [[spring|GENERIC_TIME]], and honestly, AI lets me produce more, but everybody has it, so the bar just goes up. People in [[Kraków|CITY]] like to joke that [[Maria Skłodowska-Curie|PUBLIC_FIGURE]] didn't need a chatbot to get two Nobel prizes. True, but she also didn't have to publish six papers a year to keep a job. When I presented at the [[WATOC|ORGANIZATION]] congress in [[Taipei|CITY]] in [[July 2025|DATE]], every second poster mentioned machine learning in the title. It's the new fashion.

AI: Thanks. How can we reach you?

User: Sure. In Polish we call the @ sign "małpa", monkey, so on my slides I write it like this: [[tomasz.wisniewski małpa uj kropka edu kropka pl|OBF_EMAIL|polish_malpa_kropka]]. My code is on [[github.com/twisniewski-qc|URL]], and that's probably the most honest description of what I do all day.""")

# 14 Spain - violinist and teacher, Valencia
T.append("""AI: Hola, thank you for joining. Could you tell me about yourself and your work?

User: Hola! I'm [[Lucía Fernández Soler|PERSON]], I'm [[45|AGE]], and I'm a [[violinist|JOB_TITLE]]. I play in the second violins of the [[Orquestra de València|ORGANIZATION]] and I teach violin at the [[Conservatori Superior de Música de València|SCHOOL]]. I live in [[Russafa|CITY]], the noisy, lovely neighbourhood near the centre, with my husband and two teenagers. I've been in the orchestra since [[2006|DATE]], so almost twenty years now.

AI: Where does AI come into a musician's life?

User: More than people think, and less than the newspapers say. For practice, I use an app called [[Moises|AI_PRODUCT]] that separates the instruments in a recording, so I can remove the violins and play along with the rest of the orchestra. It's fantastic for learning repertoire quickly. For teaching, I use [[ChatGPT|AI_PRODUCT]] to make practice plans for my students, week by week, and to write the progress reports the conservatoire asks for every trimester. Those reports used to eat my whole [[Sunday|GENERIC_TIME]].

AI: How do your students use it?

User: They're young, they use everything. One of my students, [[Pablo|PERSON]], asked [[ChatGPT|AI_PRODUCT]] to write the programme notes for his final recital, about the [[Bach|PUBLIC_FIGURE]] partitas, and it wrote that [[Bach|PUBLIC_FIGURE]] composed them for his daughter's wedding, which is completely invented. I didn't punish him, but we sat down and checked every sentence against a real book. He was embarrassed, and he learned more than if I had just said "don't use it". Now our [[head of strings|GENERIC_ROLE]], [[Amparo Llorens|PERSON]], wants all of us to do the same exercise with our classes.

AI: What about the orchestra itself?

User: In the orchestra, AI is more of a fear. There was a big discussion in our musicians' committee in [[January 2024|DATE]], because the city council of [[València|CITY]] wanted to use an AI-generated soundtrack for a tourism video instead of recording us. We protested. My [[colleague|GENERIC_ROLE]] [[Pau|PERSON]], the [[principal cellist|JOB_TITLE]], wrote a letter to [[Levante-EMV|ORGANIZATION]], the local newspaper. [[Pau|PERSON]] is very passionate. In the end they hired us, but only for half the music. Live orchestras will survive, I think, because people come to see humans breathing together. But recordings, jingles, that kind of work is disappearing.

AI: Do you use any notation software with AI features?

User: [[MuseScore|SOFTWARE]] for arranging, and I tried a plug-in that suggests fingerings and bowings. Terrible! It's like it has never held a violin. [[Hilary Hahn|PUBLIC_FIGURE]] would laugh at it. For fingerings I still trust [[Irina Petrova|PERSON]], who taught me at the [[Real Conservatorio Superior de Música de Madrid|SCHOOL]] in the nineties. [[Irina|PERSON]] is [[eighty|AGE]] now and she still answers my [[WhatsApp|SOFTWARE]] questions about bowing, with voice notes that last ten minutes.

AI: Gracias, [[Lucía|PERSON]]. How can we reach you if we have more questions?

User: You can email me at [[lucia.fsoler@gmail.com|EMAIL_ADDRESS]]. And my mobile, I'll say it in Spanish because that's how I remember it: [[seis uno dos, cuatro ocho, siete siete, cero cinco|OBF_PHONE|spanish_number_words]]. Better to call after rehearsal, so after two in the afternoon.""")

# 15 Argentina - novelist and copywriter, Rosario
T.append("""AI: Hola, thanks for taking the time. Tell me a little about yourself.

User: Sure. I'm [[Martín Goldberg|PERSON]], I'm [[thirty-eight|AGE]], and I live in [[Rosario|CITY]], in [[Pichincha|CITY]], which is the bar neighbourhood, unfortunately for my liver. I'm a [[novelist|JOB_TITLE]], science fiction mostly, and to pay the bills I'm a freelance [[copywriter|JOB_TITLE]]. My first novel came out with [[Minotauro|ORGANIZATION]] in [[2016|DATE]], and the second one with a small press in [[Buenos Aires|CITY]], [[Editorial Puño|ORGANIZATION]].

AI: How does AI figure in those two jobs?

User: Completely differently. As a [[copywriter|JOB_TITLE]], AI is now the floor. My biggest [[client|GENERIC_ROLE]] is an agency that does campaigns for [[Mercado Libre|ORGANIZATION]] and a couple of banks. Since [[2023|DATE]] they send me briefs that say "use AI for first drafts, we need forty variations by tomorrow". So I use [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] to generate the forty and my job is to pick three and make them good. The rate went down about thirty percent. The agency's [[creative director|GENERIC_ROLE]], [[Sole|PERSON]], was honest with me about it, at least. She said the budget is decided in [[São Paulo|CITY]] and nobody there cares who wrote the slogan.

AI: And for the fiction?

User: For fiction it's a philosophical problem, which is appropriate for a [[science fiction writer|JOB_TITLE]], no? I've tried it as a brainstorming partner, and it gives me the most average ideas possible. Robots that want to be human. Please. [[Ursula K. Le Guin|PUBLIC_FIGURE]] would throw it out the window, and [[Borges|PUBLIC_FIGURE]] already imagined all of this with the Library of Babel. I use it for research, like how a cargo ship is loaded or how a radio telescope works, but I verify everything, because it invents with great confidence.

AI: Does your writing community talk about it?

User: A lot. I run a workshop on [[Thursdays|GENERIC_TIME]] at the [[Centro Cultural Parque de España|ORGANIZATION]], and we had a real fight about it in [[August|GENERIC_TIME]]. One participant, [[Liliana|PERSON]], a retired [[judge|JOB_TITLE]], wrote a beautiful story and then admitted she had used [[Claude|AI_PRODUCT]] to fix the structure. Half the group felt cheated, the other half said it was like using a dictionary. [[Liliana|PERSON]] is [[seventy-two|AGE]], and she said, "I don't have time to learn structure the slow way." Honestly, I understood her. We agreed on one rule in the end: if you use it, you say so when you read your story aloud, and then the group decides how to comment.

AI: How do you feel about the future of your work?

User: For copywriting, worried. I'm looking at teaching, maybe at the [[Universidad Nacional de Rosario|SCHOOL]], where I studied letters. For the novels, calmer. Nobody reads my novels for efficiency. My partner [[Ezequiel|PERSON]], who's a [[nurse|JOB_TITLE]] at the [[Hospital Provincial del Centenario|ORGANIZATION]], says his job is safe because machines can't find a vein at three in the morning. Mine has no veins, but it has readers, maybe four hundred of them, and they're loyal.

AI: Thanks, [[Martín|PERSON]]. How can people reach you?

User: My newsletter is on [[Substack|SOFTWARE]], [[martingoldberg.substack.com|URL]]. And email, written the way I put it in my bio: [[martin guion bajo goldberg arroba yahoo punto com punto ar|OBF_EMAIL|spanish_words_underscore]]. Oh, and for the payment of the voucher, your form asked for my CUIT, that's the tax number here: [[20-31458762-4|NATIONAL_ID]].""")

# 16 Philippines - epidemiologist, Quezon City
T.append("""AI: Good morning, thanks for joining us. Could you introduce yourself?

User: Good morning! I'm [[Maria Lourdes Bautista|PERSON]], but everyone calls me [[Lulu|PERSON]]. I'm [[47|AGE]], and I'm an [[epidemiologist|JOB_TITLE]] and [[associate professor|JOB_TITLE]] at the [[University of the Philippines Manila|SCHOOL]], in the [[College of Public Health|SCHOOL]]. I live in [[Quezon City|CITY]], so my commute to [[Ermita|CITY]] is, let's say, character-building. My research is on dengue surveillance, and we work closely with the [[Department of Health|ORGANIZATION]].

AI: How do you use AI in your research?

User: We started seriously in [[2023|DATE]]. I analyze surveillance data in [[Stata|SOFTWARE]], and [[ChatGPT|AI_PRODUCT]] has become my [[Stata|SOFTWARE]] tutor for the commands I forget, which is many commands at my age, ha. My [[research assistant|JOB_TITLE]], [[Jessa Villanueva|PERSON]], uses [[NotebookLM|AI_PRODUCT]] to organize our literature for a systematic review. She uploads the PDFs and asks questions across all of them. [[Jessa|PERSON]] is amazing, she's [[24|AGE]] and she taught me more about these tools than any workshop I attended.

AI: Are there limits to what you put into those tools?

User: Very strict ones. Our surveillance data has barangay-level locations, and in a small barangay in [[Cebu|CITY]], a dengue death with an age and a date can identify a family. So individual records never go into a chatbot. We only use aggregated counts, and even then we check with our ethics board. The [[National Privacy Commission|ORGANIZATION]] has been giving talks on AI, which helped us write our own lab rules. My [[co-author|GENERIC_ROLE]], Dr. [[Ramon dela Cruz|PERSON]] from the [[Research Institute for Tropical Medicine|ORGANIZATION]], was the one who insisted we put everything on paper.

AI: Has AI helped in the field, outside the office?

User: A little. We piloted a chatbot in Tagalog and Cebuano for barangay health workers to report suspected cases, built with [[Dialogflow|SOFTWARE]] by a startup in [[Makati|CITY]], [[Bayanihan Labs|ORGANIZATION]]. It ran during the rainy season of [[2024|DATE]], and it worked, although the health workers preferred to just send a text, honestly. Our old SMS system is still king. What I like more is using AI to draft health messages in the local languages, with a native speaker checking every single one before it goes out.

AI: What about publishing and peer review?

User: That's where I worry. I'm an [[associate editor|JOB_TITLE]] for a local journal, the [[Philippine Journal of Health Research and Development|ORGANIZATION]], and I now see submissions with that typical AI style, "delve", "intricate tapestry". I don't reject for style, but twice I've found fake references. I also review for [[The Lancet Regional Health – Western Pacific|ORGANIZATION]], and they have clear rules: reviewers can't upload manuscripts to AI tools. I agree with that. I remember watching [[Anthony Fauci|PUBLIC_FIGURE]] during the pandemic explain uncertainty every day, and that's the skill I want my students to have, not the skill of generating confident paragraphs.

AI: Thank you, [[Lulu|PERSON]]. How can we reach you?

User: My email is [[mlbautista@up.edu.ph|EMAIL_ADDRESS]], and my mobile is [[+63 917 555 2684|PHONE_NUMBER]]. Text is better than a call, I'm usually in meetings. And if you want to see our dengue dashboard work, my [[ResearchGate|SOFTWARE]] profile is [[researchgate.net/profile/Lulu-Bautista|URL]].""")

# 17 Netherlands - astronomy PhD candidate, Leiden
T.append("""AI: Hi, thanks for joining. Could you introduce yourself?

User: Hi! I'm [[Sanne de Vries|PERSON]], I'm [[25|AGE]], and I'm a [[PhD candidate|JOB_TITLE]] in astronomy at [[Leiden Observatory|ORGANIZATION]], which is part of [[Leiden University|SCHOOL]]. I study protoplanetary disks, the dusty disks where planets form, mostly with data from [[ALMA|ORGANIZATION]] in [[Chile|COUNTRY]]. I live in [[Haarlem|CITY]] and take the train every day, which is where I do most of my reading. Before [[Leiden|CITY]] I did my bachelor's and master's in [[Groningen|CITY]], so I'm a northerner living among the [[Randstad|CITY]] people.

AI: How do AI tools show up in your work?

User: Everywhere, but quietly. Most of my work is [[Python|SOFTWARE]], with [[Astropy|SOFTWARE]] and a lot of custom code for imaging. I use [[GitHub Copilot|AI_PRODUCT]] constantly, it's basically autocomplete for my brain. I write papers in [[Overleaf|SOFTWARE]] and sometimes use [[ChatGPT|AI_PRODUCT]] to fix LaTeX errors, which are the most cryptic errors in the universe. I've also used it to explain papers outside my field, like planet formation theory, and it's decent as a first pass, but it sometimes mixes up which group found what.

AI: What does your [[supervisor|GENERIC_ROLE]] think?

User: My daily [[supervisor|GENERIC_ROLE]] is Dr. [[Maarten Visser|PERSON]], and my [[promotor|GENERIC_ROLE]] is Prof. [[Ingrid Smit|PERSON]]. [[Maarten|PERSON]] is quite relaxed; he uses [[Copilot|AI_PRODUCT]] himself. [[Ingrid|PERSON]] is more cautious. At a group meeting last [[spring|GENERIC_TIME]], she asked everyone to write down how they use AI, and we made a little shared document with dos and don'ts. The big don't: never paste an unpublished proposal, especially one for [[ESO|ORGANIZATION]] telescope time, because those are confidential and your competitors might be reviewing them.

AI: Have you noticed any effects on the scientific community?

User: Yes, peer review of telescope proposals is interesting. [[ESO|ORGANIZATION]] uses distributed peer review now, where applicants review each other's proposals, and there are clear rules that you can't run them through an AI. I had to review ten proposals in [[April 2024|DATE]] and I'll admit it was tempting, at eleven at night. And at the [[European Astronomical Society|ORGANIZATION]] meeting in [[Padova|CITY]] in [[July 2024|DATE]], there was a whole session on machine learning in astronomy, from galaxy classification to exoplanet detection, and a heated side discussion on authorship.

AI: Any personal worries about AI?

User: Career-wise, a bit. Astronomy jobs are already rare, and if the coding part gets easier, the competition will be all about ideas, which is scarier and also better, I suppose. My boyfriend [[Jeroen|PERSON]] works in software at [[ASML|ORGANIZATION]] in [[Veldhoven|CITY]], and he's more worried than I am, which surprised me. He says his team writes half the code with AI now and nobody knows what that means for juniors. I think in astronomy we're protected a bit because the data is so specific, no chatbot has ever reduced an interferometry dataset properly. But ask me again in three years. I'll either be right or unemployed.

AI: Thanks, [[Sanne|PERSON]]. How can we reach you?

User: On [[Mastodon|SOFTWARE]] I'm [[@sanne@astrodon.social|SOCIAL_HANDLE]]. Email is [[sdevries AT strw DOT leidenuniv DOT nl|OBF_EMAIL|caps_at_dot]], all lower case in reality, of course. I'm in the office on [[Tuesdays|GENERIC_TIME]] and [[Thursdays|GENERIC_TIME]].""")

# 18 Sweden - narrative designer, Malmo
T.append("""AI: Hej, thanks for joining. Could you tell me about yourself?

User: Hej! I'm [[Oskar Lindgren|PERSON]], [[35|AGE]], and I'm a [[narrative designer|JOB_TITLE]] at [[Ljusår Games|ORGANIZATION]], a mid-sized studio in [[Malmö|CITY]]. Before that I spent six years at [[Paradox Interactive|ORGANIZATION]] in [[Stockholm|CITY]], writing events for grand strategy games, which is maybe the most text-heavy job in the industry. I moved south in [[2021|DATE]] because my partner got a job at [[Lund University|SCHOOL]].

AI: How do you use AI in narrative design?

User: Carefully, because writers are nervous, and for good reasons. I write dialogue in [[articy:draft|SOFTWARE]] and prototype branching scenes in [[Twine|SOFTWARE]]. I use [[ChatGPT|AI_PRODUCT]] and [[Claude|AI_PRODUCT]] as a rubber duck: I explain a quest and ask where the logic breaks. It's good at "wait, how does the player know that?" It's bad at making anything feel alive. We also tested [[Inworld|AI_PRODUCT]] for characters that generate dialogue on the fly, in [[autumn 2023|DATE]], and the result was charming for five minutes and then a nightmare for QA.

AI: Can you say more about that test?

User: Sure, it wasn't secret. Our [[programmer|JOB_TITLE]] [[Amir Haddad|PERSON]] set up a prototype where a tavern keeper could answer anything. The players at the playtest loved it at first. Then someone got the tavern keeper to explain cryptocurrency in a medieval fantasy world. [[Amir|PERSON]] and I laughed for an hour. But the real problem was age rating, because you can't rate dialogue you haven't seen. We shelved it. Our [[creative director|GENERIC_ROLE]] said it wasn't worth the legal risk, and honestly I was relieved. I'd spent two weeks reading logs of strangers trying to make a fictional innkeeper say terrible things, and I never want to do that again. Writing a character means deciding what they would never say, and the model doesn't decide anything.

AI: How do the other writers at the studio feel?

User: There's a writers' channel on [[Slack|SOFTWARE]] where we argue about it every week. [[Elin|PERSON]], our [[junior writer|JOB_TITLE]], doesn't use it at all, on principle, and her barks are the best on the team. Our union, [[Unionen|ORGANIZATION]], has been helping us negotiate an AI clause in our contracts, so nobody's writing can be used to train a studio model without consent. People cite [[Ken Levine|PUBLIC_FIGURE]]'s games as proof that handcrafted narrative matters, and I agree. You can feel that every line was chosen by somebody.

AI: Has it changed anything for you outside the studio?

User: I teach a guest module in game writing at [[Malmö University|SCHOOL]] every [[January|GENERIC_TIME]], and I've changed the assignments. Now students submit their process, drafts, notes, and a voice memo explaining their choices. At [[Nordic Game|ORGANIZATION]] in [[May 2024|DATE]] I gave a talk on exactly that, called "Show your working". About two hundred people came, which for a writing talk at a games conference is huge.

AI: Tack! How can we contact you?

User: [[LinkedIn|SOFTWARE]] is easiest: [[linkedin.com/in/oskar-lindgren-narrative|URL]]. Or phone, [[+46 70 412 88 31|PHONE_NUMBER]]. I don't pick up unknown numbers, so send a text first and say it's about the study.""")

# 19 Egypt - archaeobotanist, Cairo
T.append("""AI: Welcome, and thank you for joining. Please introduce yourself.

User: Thank you. I'm Dr. [[Nour El-Din Hassan|PERSON]], I'm [[43|AGE]], and I'm an [[archaeobotanist|JOB_TITLE]]. I study ancient plant remains, seeds, charcoal, chaff, to understand what people ate and farmed. I'm a [[lecturer|JOB_TITLE]] at the [[Faculty of Archaeology|SCHOOL]] at [[Cairo University|SCHOOL]], and every winter I work on an excavation near [[Luxor|CITY]] that runs jointly with the [[German Archaeological Institute|ORGANIZATION]]. I live in [[Heliopolis|CITY]], in [[Cairo|CITY]], with my wife and our three boys.

AI: How does AI come into archaeobotany?

User: In two ways. First, images. We take thousands of microscope photos of seeds, and a [[colleague|GENERIC_ROLE]] in [[Berlin|CITY]], Dr. [[Katrin Vogel|PERSON]], is training a model to identify charred grains from those photos. I provide the reference collection. It's promising, but it confuses emmer and barley when they're badly burned, which, to be fair, sometimes I do too. We still measure everything in [[ImageJ|SOFTWARE]]. Second, text. I use [[ChatGPT|AI_PRODUCT]] to improve my English in papers, and [[Transkribus|AI_PRODUCT]] to read old excavation notebooks, handwritten in French and German from the nineteen-twenties.

AI: Old notebooks? That sounds fascinating.

User: It is! In [[2022|DATE]] we found a box of notebooks from an early French mission in a storeroom at the [[Egyptian Museum|ORGANIZATION]]. The handwriting is terrible. [[Transkribus|AI_PRODUCT]] gets maybe seventy percent right, and my student [[Mariam Abdelrahman|PERSON]] corrects the rest. [[Mariam|PERSON]] reads old French better than I do. There were notes about seed samples that were taken a century ago and never studied, so it's a real treasure hunt now, through storerooms in two countries.

AI: Are there any rules or concerns from the authorities?

User: The [[Ministry of Tourism and Antiquities|ORGANIZATION]] is very careful about images of unpublished finds. So we never upload photos of new objects to public AI tools, only seeds from our own reference collection. I also worry about history being told by machines. When I asked [[Gemini|AI_PRODUCT]] about bread in ancient [[Egypt|COUNTRY]], it gave me the tourist version. [[Zahi Hawass|PUBLIC_FIGURE]] is on television more than our data is in the training sets, you understand? The real evidence, the seed counts and the charcoal, is in dull site reports in German and Arabic, and the models don't read those.

AI: How do students react to these tools?

User: They use them, obviously. I'm fine with it for language. Students who write in English as a second or third language are at a disadvantage with international journals, and AI helps close that gap. But I make them identify seeds by eye first, for a whole semester, before they touch any model. You have to know what a grain of emmer looks like under your own lens. I tell them, the machine can be your second opinion, never your first.

AI: Thank you, Dr. [[Hassan|PERSON]]. How can we contact you?

User: My email is [[nour.hassan@cu.edu.eg|EMAIL_ADDRESS]]. For phone, I'll write it in Arabic numerals, the way we write at home: [[٠١٠٠ ٤٥٦ ٧٨٩٢|OBF_PHONE|arabic_indic_digits]]. [[WhatsApp|SOFTWARE]] is also fine, but not during the excavation season, the signal near the site is terrible.""")

# 20 Vietnam - subtitle translator, Hanoi
T.append("""AI: Hello, thanks for joining today. Could you tell me about yourself?

User: Hello! My name is [[Nguyễn Thu Hà|PERSON]], you can call me [[Hà|PERSON]]. I'm [[30|AGE]], and I'm a freelance [[subtitle translator|JOB_TITLE]], from Korean and English into Vietnamese. I live in [[Hà Nội|CITY]], in [[Đống Đa|CITY]] district. I studied Korean at [[Hanoi University|SCHOOL]] and started subtitling in [[2018|DATE]], mostly K-dramas and variety shows.

AI: How does AI show up in your subtitling work?

User: A lot, now. The vendor I work for most, [[Iyuno|ORGANIZATION]], gives us machine translation drafts for some projects and we do post-editing, at a lower rate of course. For my own projects, I use [[Subtitle Edit|SOFTWARE]] and [[Aegisub|SOFTWARE]] for timing, and [[Whisper|AI_PRODUCT]] to create a transcript when the [[client|GENERIC_ROLE]] only sends the video with no script. That saves a lot of time, although it fails with variety shows where five people shout at once. For difficult slang I ask [[ChatGPT|AI_PRODUCT]] or [[Gemini|AI_PRODUCT]], and then I ask my [[senior colleague|GENERIC_ROLE]], chị [[Lan|PERSON]], who is much better than both.

AI: Tell me about [[Lan|PERSON]].

User: Chị [[Lan|PERSON]] has been subtitling since before I was born, almost. She trained me when I joined [[FPT Play|ORGANIZATION]] as an intern. She doesn't use AI at all. She says Korean honorifics and Vietnamese pronouns are too complicated, and she's right. Korean has a whole system of speech levels, and in Vietnamese we have anh, chị, em, cô, chú, depending on age and relationship. The machine always chooses wrong. A young man talking to his girlfriend becomes a grandson talking to his grandmother. Very funny, but not for the viewers.

AI: How has post-editing changed your income?

User: It's lower, honestly. Before, I was paid per minute of video, and a one-hour episode was good money. With post-editing the rate went down maybe forty percent, but the work is not forty percent faster, because fixing bad translations is tiring in a different way. My friends in [[Ho Chi Minh City|CITY]] who work for other vendors say the same. Some of us talk about organizing, but freelancers in [[Vietnam|COUNTRY]] don't really have a union for this kind of work.

AI: Do you have concerns about data or confidentiality?

User: Yes, because we often get episodes before they air, with watermarks. The contract says no uploading to any AI service, so for those I only use the vendor's own platform. For personal projects, like subtitling a documentary for a small film club in [[Hải Phòng|CITY]], I'm more free. I also translated some essays by [[Han Kang|PUBLIC_FIGURE]] for my own practice after she won the Nobel, just for myself, not to publish. I did that one completely by hand, because I wanted to feel every sentence.

AI: Thank you, [[Hà|PERSON]]. How can we reach you for a follow-up?

User: My [[Zalo|SOFTWARE]] is the same as my phone, [[+84 912 555 308|PHONE_NUMBER]]. And email, I'll paste it from my website, where I hid it from bots, so it might look a bit strange when you copy it: [[thuha\u200b.subs\u200b@\u200bgmail\u200b.com|OBF_EMAIL|zero_width]].""")

# 21 Chile - seismologist, Valparaiso / Santiago
T.append("""AI: Hola, thanks for joining. Could you introduce yourself and your work?

User: Hola. I'm [[Ignacio Fuentes Parra|PERSON]], [[50|AGE]] years old, and I'm a [[seismologist|JOB_TITLE]] at the [[Centro Sismológico Nacional|ORGANIZATION]], which belongs to the [[Universidad de Chile|SCHOOL]]. I live in [[Valparaíso|CITY]], up on [[Cerro Alegre|CITY]], and I commute to [[Santiago|CITY]] three days a week, which is an hour and a half by bus if the highway behaves. I've been at the centre since [[2013|DATE]]. Before that I did my PhD in [[Grenoble|CITY]] and a postdoc in [[Japan|COUNTRY]].

AI: How is AI used in seismology today?

User: It's been a revolution, honestly, maybe the biggest change in my career. Deep learning models like [[PhaseNet|AI_PRODUCT]] pick the arrival times of seismic waves automatically, and they find ten times more small earthquakes than the old methods. For us in [[Chile|COUNTRY]], with a subduction zone along the whole coast, that means much better catalogues. We process the data with [[ObsPy|SOFTWARE]] and [[SeisComP|SOFTWARE]], and the machine learning pickers run on top. When I started, a student spent a whole summer picking phases by hand. Now it's one night on the server.

AI: And generative tools, like chat assistants?

User: Those are more recent for us. I use [[ChatGPT|AI_PRODUCT]] for code, mainly, and sometimes for the first draft of public communications. After a big earthquake we get a flood of questions from journalists and the public, and having a draft explanation of, say, why there's no tsunami warning helps. But a human signs it. Always. In [[2015|DATE]], after the [[Illapel|CITY]] earthquake, I was on television for three days, and I know how much one wrong word can cause panic on the coast.

AI: Who do you work with on these projects?

User: My closest [[collaborator|GENERIC_ROLE]] is [[Camila Rojas|PERSON]], who finished her PhD with me in [[2022|DATE]] and now runs our machine learning work. [[Camila|PERSON]] retrained a picker on Chilean data, because the models trained in [[California|CITY]] didn't handle our deep earthquakes well. We work with [[GFZ Potsdam|ORGANIZATION]] in [[Germany|COUNTRY]] on instruments and with [[Caltech|SCHOOL]] on models. And with the navy's oceanographic service, [[SHOA|ORGANIZATION]], for tsunamis, which is where the stakes are highest.

AI: Are there risks you see with AI in your field?

User: Yes. The biggest one is overconfidence. If a model says magnitude 7.1 and the real value is 7.6, that's a huge difference for tsunami decisions. So all automatic results are reviewed by a human analyst on duty, twenty-four hours a day. I did night shifts for years, with my thermos and my dog under the desk. Another risk is misinformation: every time there's an earthquake, someone posts an AI-generated "prediction" video with a dramatic voice, and people in [[Valparaíso|CITY]] send it to me on [[WhatsApp|SOFTWARE]] at midnight asking if they should leave their houses. I spend a lot of energy debunking things a machine made in ten seconds.

AI: Thank you. How can we reach you for a follow-up?

User: Here is my mobile, written the way I put it in my signature on public mailing lists, so the bots don't read it: [[+56 9 8I4O 22O7|OBF_PHONE|letter_substitution]]. Those are the letters I and O, replace them with one and zero. Or write through the contact form on the centre's website.""")

# 22 Ireland - poet and lecturer, Galway
T.append("""AI: Thanks for joining. Could you tell me about yourself?

User: Of course. I'm [[Siobhán Ní Bhriain|PERSON]]. I'm [[fifty-eight|AGE]], I'm a [[poet|JOB_TITLE]], and I lecture in creative writing at the [[University of Galway|SCHOOL]]. I live out in [[Salthill|CITY]], near enough to the sea to hear it at night. I've published four collections with [[The Gallery Press|ORGANIZATION]], the most recent in [[2021|DATE]], and I write in both Irish and English, depending on what the poem wants.

AI: How do you use AI, if at all?

User: I'll be honest, I came to it reluctantly. My nephew [[Rory|PERSON]] set me up with [[ChatGPT|AI_PRODUCT]] last [[Christmas|GENERIC_TIME]] because I kept ringing him about my laptop. Now I use it for the administrative side of the university, which is endless. Module descriptors, learning outcomes, funding forms for the [[Arts Council|ORGANIZATION]]. It's very good at the language of forms, which is a language I never wanted to learn. For the poems themselves, no. I tried once, out of curiosity, asking it for a poem in Irish, and it was like hearing your own language spoken by a tourist with a phrasebook.

AI: How do your students use it?

User: That's the hard part. I teach undergraduates and an MA workshop, and we use [[Turnitin|SOFTWARE]] for submissions, which now claims to detect AI writing. I don't trust it. Last year it flagged a student, a lovely quiet girl from [[Ballinasloe|CITY]], and I knew her voice, I'd read her work all semester. My [[head of department|GENERIC_ROLE]] agreed we shouldn't act on the score alone. I've a [[colleague|GENERIC_ROLE]], [[Faith O'Dowd|PERSON]], who teaches the fiction workshop, and [[Faith|PERSON]] now asks students to write first drafts by hand in class. I've started doing the same for the first hour of mine.

AI: Is there anything about AI that you find genuinely useful as a [[poet|JOB_TITLE]]?

User: Oddly, yes, for Irish. There are old dictionaries, [[Dinneen|PUBLIC_FIGURE]]'s and others, that are hard to search, and I've used it to help me find old words for weather and the sea. But I check everything against the proper dictionaries, because it invents words with total confidence, which is, God help me, also what poets do. [[Seamus Heaney|PUBLIC_FIGURE]] spent his life digging for the right word. The machine just guesses the likely one, and the likely word is almost never the right word in a poem.

AI: Have festivals or publishers said anything about AI?

User: Plenty. At [[Cúirt|ORGANIZATION]], our literature festival here, in [[April 2024|DATE]], I chaired a panel on it, and the room was full, mostly of worried young writers. The [[Irish Writers Centre|ORGANIZATION]] ran a session on contracts and AI clauses, and my [[agent|GENERIC_ROLE]]... well, poets don't have agents, that's a joke in itself. But I now read every contract for the word "training", which I never thought I'd have to do at my age.

AI: Thank you. How can we reach you afterwards?

User: My university email is on the staff page, but you're better off with my mobile. I'll give it to you the way I'd say it down the phone: [[oh eight seven, 223 9416|OBF_PHONE|mixed_words_digits]]. Evenings are best, and don't mind if my dog barks.""")

# 23 South Africa - paediatric infectious diseases researcher, Durban
T.append("""AI: Hello, and thanks for joining. Could you introduce yourself?

User: Hello. I'm Dr. [[Naledi Dlamini|PERSON]], I'm [[39|AGE]], and I'm a [[paediatric infectious diseases specialist|JOB_TITLE]] at [[Inkosi Albert Luthuli Central Hospital|ORGANIZATION]] in [[Durban|CITY]]. I'm also an [[honorary lecturer|JOB_TITLE]] at the [[University of KwaZulu-Natal|SCHOOL]], where I did my medical degree. My research is on TB in young children, and we're running a diagnostic study across clinics in [[Umlazi|CITY]] and [[Pinetown|CITY]].

AI: Where does AI come into that research?

User: Two places. One is the study itself: we're evaluating software that reads chest X-rays for signs of TB. The product is [[CAD4TB|AI_PRODUCT]], which is used a lot for adults, and we're testing how well it works in children, because children's X-rays are much harder to read. That's funded by the [[SAMRC|ORGANIZATION]], and partly by the [[NIH|ORGANIZATION]] through a collaboration with [[Johns Hopkins|SCHOOL]]. The other place is day-to-day work: I use [[Microsoft Copilot|AI_PRODUCT]] through the university licence for emails and summarising guidelines, and we tried [[Otter.ai|AI_PRODUCT]] to transcribe our team meetings, but we stopped.

AI: Why did you stop?

User: Because our meetings are full of patient details, and [[Otter|AI_PRODUCT]] sends everything to servers overseas. Our [[research nurse|JOB_TITLE]], Sister [[Zanele Mthembu|PERSON]], pointed it out, actually. [[Zanele|PERSON]] is the conscience of our team. She said, "Doctor, would you let the parents sit in this meeting and hear where their child's name is going?" And that was that. Our data protection law is quite strict, and the ethics committee at [[UKZN|SCHOOL]] would have our heads.

AI: Has the X-ray software been effective so far?

User: Early results are mixed, which is honest science. In older children it does well. In babies under two, it misses things a good human reader would catch. Our [[radiologist|JOB_TITLE]], Dr. [[Pieter Joubert|PERSON]], reads every film blind to the software score, and then we compare. We presented interim data at the [[Union World Conference on Lung Health|ORGANIZATION]] in [[Paris|CITY]] in [[November 2024|DATE]]. My hope is that in rural clinics in the [[Eastern Cape|CITY]], where there's no specialist for a hundred kilometres, a validated tool could at least tell a nurse which child to refer today.

AI: Any broader worries?

User: That the tools are trained on data from rich countries and then sold to us. Children in [[South Africa|COUNTRY]] have HIV co-infection, malnutrition, things the models have rarely seen. If we don't do the validation studies here, someone will just buy the software and trust it. I also worry about young doctors asking a chatbot for a drug dose. Paediatric dosing is by weight, and a wrong decimal can kill. I've seen a junior doctor nearly do exactly that, and thank God he double-checked with the pharmacy. So in our unit we now teach it openly: here is what the chatbot is good for, here is what you must never ask it, and here is why. Pretending the registrars don't use it helps nobody.

AI: Thank you, Dr. [[Dlamini|PERSON]]. How can we contact you?

User: Email is best: [[naledi dot dlamini, at sign, ukzn dot ac dot za|OBF_EMAIL|at_sign_words]]. And if your ethics office needs to verify my registration, my [[HPCSA|ORGANIZATION]] number is [[MP 0712345|NATIONAL_ID]].""")

# 24 Indonesia - textile designer, Yogyakarta
T.append("""AI: Hello, thank you for joining. Please tell me about yourself.

User: Hello, terima kasih. My name is [[Putu Ayu Wirawan|PERSON]], I'm [[34|AGE]] years old, and I'm a [[textile designer|JOB_TITLE]] and [[batik artist|JOB_TITLE]]. I'm originally from [[Gianyar|CITY]] in [[Bali|CITY]], but I've lived in [[Yogyakarta|CITY]] since I came to study at [[Institut Seni Indonesia Yogyakarta|SCHOOL]] in [[2008|DATE]]. My studio is in [[Kotagede|CITY]], the old silver quarter, and I have four people working with me.

AI: How does AI come into your work?

User: For the design stage, a little. Traditional motifs like parang or kawung have strict rules, and I design new motifs that respect those rules. Sometimes I use [[Midjourney|AI_PRODUCT]] to explore colour combinations, never the motifs themselves. Then I draw everything by hand, and our [[master batik maker|JOB_TITLE]], Mbak [[Rini|PERSON]], applies the wax with a canting. No machine can do what her hand does. For the shop, I use [[Canva|SOFTWARE]] to make the product photos look nice, and its AI tool to remove backgrounds. And [[ChatGPT|AI_PRODUCT]] writes my product descriptions in English for foreign buyers, then I fix the parts that sound too much like an advertisement.

AI: Tell me more about your buyers.

User: Most sales are through [[Instagram|SOFTWARE]] and my shop on [[Tokopedia|ORGANIZATION]]. And since [[2023|DATE]] I supply scarves to a small shop in [[Kyoto|CITY]], [[Hanabi Textiles|ORGANIZATION]]. Their [[buyer|GENERIC_ROLE]], Ms. [[Aiko Tanaka|PERSON]], asked me to sign a statement that no AI-generated motif is used in the products. I said of course, it's batik tulis, hand-drawn! She was happy. She told me Japanese customers now ask about this directly, which I think is a good sign.

AI: Do you worry about AI copying batik?

User: Yes, very much. Already there are printed fabrics sold as batik that are not batik, made in factories. Now with AI anyone can generate a "batik-style" pattern and print it on polyester. My friend [[Dewi|PERSON]], who runs a batik cooperative in [[Pekalongan|CITY]], found her own motif in a generated design sold online. She has no way to prove it was hers. [[Iwan Tirta|PUBLIC_FIGURE]] fought his whole life for batik to be seen as fine art, and I feel we have to fight again, against something much faster.

AI: What would help artists like you?

User: Clear rules from the platforms, and from the government. The [[Ministry of Tourism and Creative Economy|ORGANIZATION]] had a workshop about intellectual property in [[Jakarta|CITY]] last [[June|GENERIC_TIME]], and I went with [[Dewi|PERSON]]. We asked for a registry of motifs, so artisans can prove authorship. And maybe AI can help there, by recognising copied motifs. That would be AI working for us, not against us. Until then, I post my designs at lower resolution and I watermark everything. It makes the photos less beautiful, and my sales on [[Instagram|SOFTWARE]] went down a little, but I would rather lose some sales than lose the motifs.

AI: Thank you. How can we reach you?

User: On [[Instagram|SOFTWARE]] I'm [[@putuayu.batik|SOCIAL_HANDLE]], or [[WhatsApp|SOFTWARE]] [[+62 812 2755 0418|PHONE_NUMBER]]. Email, I write with spaces so robots don't take it: [[putuayu.batik @ gmail . com|OBF_EMAIL|spaced_symbols]]. If you want to send anything by post, the studio is at [[Jalan Mondorakan No. 27|ADDRESS]], [[Kotagede|CITY]], near the old market.""")

# 25 New Zealand - freshwater ecologist, Hamilton
T.append("""AI: Kia ora, thanks for joining us. Could you introduce yourself?

User: Kia ora. I'm [[Aroha Ngata|PERSON]], I'm [[42|AGE]], and I'm a [[freshwater ecologist|JOB_TITLE]] at [[NIWA|ORGANIZATION]], based in [[Hamilton|CITY]], or [[Kirikiriroa|CITY]] as we'd say. I grew up in [[Gisborne|CITY]] and moved here in [[2010|DATE]] for my master's. My work is monitoring native fish using environmental DNA, mostly in partnership with iwi, and I've been doing it long enough to see the technology change completely.

AI: How do you use AI in your research?

User: Mostly in the lab-to-report pipeline. With environmental DNA, we filter river water, sequence it, and work out which fish have been there. The bioinformatics is a mix of [[QIIME 2|SOFTWARE]] and our own scripts, and I use [[Copilot|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]] to write and fix the [[Python|SOFTWARE]]. For field photos we use [[iNaturalist|SOFTWARE]], which has image recognition for species. It's good for common things, hopeless for juvenile galaxiids, which all look like little grey commas. I've also started using AI to draft the plain-language summaries we send back to communities after each sampling round. That used to take me a full day per report. Now it's an hour of editing, and the summaries are actually read, because they're short.

AI: Are there particular considerations in your partnerships?

User: Very much. Our work with [[Waikato-Tainui|ORGANIZATION]] follows the principles of Māori data sovereignty. The data about the river belongs, in a real sense, to the people of the river. So we agreed with [[Hemi Tapsell|PERSON]], who runs their environment unit, that no data goes into commercial AI tools without their say. Not even species lists with site locations, because some sites are wāhi tapu, sacred places. [[Hemi|PERSON]] put it simply: you wouldn't post our whakapapa on [[Facebook|SOFTWARE]], so don't feed our river to a chatbot.

AI: Do you work with international collaborators?

User: Yes, with a group at the [[USGS|ORGANIZATION]] in [[Wisconsin|CITY]], on eDNA methods. Their [[lead|GENERIC_ROLE]], Dr. [[Brent Kowalski|PERSON]], is a big fan of AI for everything, and we had some long calls about why I couldn't just put raw data in a shared AI workspace. He got it eventually. [[Brent|PERSON]] came over in [[February 2024|DATE]] and we took him out sampling, and I think standing in the water with the kaitiaki changed his mind more than any policy document could.

AI: What about your students?

User: I co-supervise two master's students at the [[University of Waikato|SCHOOL]]. One of them, [[Tama|PERSON]], uses AI to help with his writing, because English is his second language after te reo, and I'm supportive of that. The other refuses to touch it. Both are fine with me, as long as they can explain their work. [[Jacinda Ardern|PUBLIC_FIGURE]] used to talk about kindness in government; I try to run my little lab on kindness and honesty, and that includes honesty about tools.

AI: Ngā mihi. How can we reach you later?

User: Email is [[aroha.ngata@NOSPAMniwa.co.nz|OBF_EMAIL|nospam_insert]], just take the NOSPAM bit out. My phone's [[021 555 0184|PHONE_NUMBER]] if you'd rather call, but I'm often out of signal on the river.""")

write_set(T, "set_aa")
