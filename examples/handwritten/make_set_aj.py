import sys
from markup import write_set, build
T = []

T.append("""AI: Hi, thanks for making time today. To start, could you tell me a bit about yourself and what you do for work?

User: hey yeah no worries. so im [[jess|PERSON]], im [[20|AGE]], second year psych at [[uni of manchester|SCHOOL]] and i work part time as a [[barista|JOB_TITLE]] at [[Grindhouse|ORGANIZATION]] in [[Fallowfield|CITY]]. been there since [[sept 2023|DATE]] so like a year and a bit now. its mostly weekends plus a couple of evening shifts, about twelve hours a week depending on the rota

AI: Thanks, [[Jess|PERSON]]. How did AI tools first come into your work there, if they did at all?

User: honestly it started with uni not work. everyone on my course uses [[chatgpt|AI_PRODUCT]] for summarising readings lol. then at work my [[manager|GENERIC_ROLE]] [[Tom|PERSON]] found out i was decent with it and asked me to help redo the allergen cards bc the old ones were a mess. so i pasted in all the ingredients from the supplier sheets and asked it to sort everything into the allergen categories and then i checked every single one against the actual packets. took ages but it was quicker than doing it from scratch. it did get a couple wrong tho. it said the oat milk was gluten free when the brand we use isnt certified, and it completely missed sesame in one of the bagels. so i wouldnt trust it on its own for that stuff, someone could actually get ill. [[Tom|PERSON]] made us print a version and [[Marta|PERSON]] who does most of the opening shifts went through it again on a [[sunday|GENERIC_TIME]] morning when it was dead. shes really careful, shes got a kid with a nut allergy so she takes it seriously

AI: That makes sense. Apart from the allergen cards, what else do you use it for at work?

User: rota swaps mostly tbh. we have a [[whatsapp|SOFTWARE]] group for staff and its chaos, people going can anyone cover [[saturday|GENERIC_TIME]] at like midnight. i started using it to write the messages to [[Tom|PERSON]] when i need to swap bc i get awkward asking for stuff and it makes it sound less needy. also one time a customer left a really nasty review online about [[Kwame|PERSON]] on the till and i helped draft the reply for the [[owner|GENERIC_ROLE]], we made it polite but not grovelling. [[Kwame|PERSON]] was fine about it in the end he thought it was funny. it does sound fake sometimes tho, it puts in stuff like i hope this message finds you well and no one talks like that in a coffee shop. so i always cut it down. my mum [[Angela|PERSON]] works in a school office and she uses [[copilot|AI_PRODUCT]] for literally everything now and her emails sound like a robot so i take that as a warning haha

AI: Do you think these tools will change jobs like yours?

User: not the actual making coffee part obviously. maybe the admin side. theres a new till system coming that apparently predicts how much milk to order which would be nice bc we run out every [[friday|GENERIC_TIME]]. for my uni stuff i think its bigger, like my [[lecturers|GENERIC_ROLE]] keep changing the rules on what we're allowed to use. one [[module leader|GENERIC_ROLE]] banned it completely and another one literally made us use it and critique the output

AI: What about after you graduate, how do you see yourself using these tools?

User: i want to go into clinical psych eventually so probably a masters first, maybe in [[Leeds|CITY]] bc my boyfriend is there. i'd like to think i'd use it for boring admin but not for anything with actual patients. we did a seminar about confidentiality and it freaked me out a bit how much people paste into these things. most people my age use it way more than they admit to

AI: That's a thoughtful point. Thank you so much for your time. Is there an address we should send the summary to?

User: yeah my email is [[jess underscore okafor99 at hotmail dot co dot uk|OBF_EMAIL|spelled_underscore_at_dot]] not my uni one bc that gets deleted when i leave. no probs, good luck with the research""")

T.append("""AI: Good afternoon, and thank you for agreeing to speak with me. Could you begin by introducing yourself and your role?

User: Good afternoon. My name is [[Wanjiru Kamau|PERSON]]. I am a [[civil engineer|JOB_TITLE]], and I have been with [[Kenya Urban Roads Authority|ORGANIZATION]] in [[Nairobi|CITY]] for about eleven years now. I joined in [[2013|DATE]] after some time with a private contractor. I am [[44|AGE]] years old, so I would say I am in the middle of my career, not at the beginning and not yet at the end. On a [[Monday|GENERIC_TIME]] we usually have a progress meeting on the projects I supervise, which at the moment are mostly drainage upgrades and a junction improvement in [[Kasarani|CITY]]. Then there are site visits, reviewing designs from consultants, writing reports, and a great deal of correspondence. The correspondence is honestly the part that consumes the most time.

AI: Thank you, Eng. [[Kamau|PERSON]]. Where, if anywhere, do AI tools come into that work?

User: I began using [[ChatGPT|AI_PRODUCT]] in [[early 2023|DATE]], mainly to help me structure reports. I would put in my rough notes from a site visit, without any names or contract figures, and ask it to organise them into the format our [[director|GENERIC_ROLE]] prefers. Later our office got [[Microsoft 365|SOFTWARE]] licences with [[Copilot|AI_PRODUCT]], so now I use it inside [[Excel|SOFTWARE]] to check quantity schedules. For the actual design work we still use [[Civil 3D|SOFTWARE]], and I do not think AI is anywhere near ready to replace engineering judgement there.

AI: Can you give an example of where it helped or where it fell short?

User: One useful example: a colleague, [[Otieno|PERSON]], and I had to compare three bids for a culvert contract. [[Copilot|AI_PRODUCT]] helped us quickly spot that one bidder had priced the excavation in a different unit, which would have distorted the comparison. That saved perhaps half a day. Where it fell short: I asked [[ChatGPT|AI_PRODUCT]] about a clause in the Kenyan standard specifications and it confidently quoted a section that does not exist. [[Otieno|PERSON]] laughed at me for a week. Since then I verify every reference it gives.

AI: How does your organisation view the use of these tools?

User: There is no formal policy yet, which is a concern. Our ICT department has sent one circular reminding staff not to upload tender documents to public platforms. I attended a workshop last year where someone from one of the big software companies spoke, and they quoted [[Satya Nadella|PUBLIC_FIGURE]] a great deal, but the practical guidance for a public agency in [[Kenya|COUNTRY]] was limited. Dr. [[Achieng Odhiambo|PERSON]], who heads our planning unit, is now drafting something, and she asked me to contribute because I am known as the person who experiments.

AI: Just to check, should I record her name as [[Odhiambo|PERSON]]? And looking ahead, what concerns or hopes do you have?

User: Yes, [[Achieng Odhiambo|PERSON]]. She was my [[lecturer|GENERIC_ROLE]] at [[University of Nairobi|SCHOOL]] many years ago, in fact, before she joined the public service. I graduated in [[2003|DATE]]. It is a small world in this profession. As for the future, my hope is that it takes over the administrative load so that engineers spend more time on site. Many of the failures we see in roads here are due to poor supervision, not poor design. My concern is accountability. If a report is partly written by a machine and something goes wrong, the engineer who signs it is still responsible. I tell the young graduates in our office this every time. I also worry that the tools are trained mostly on data from [[Europe|CONTINENT]] and [[North America|CONTINENT]], so they do not know our soils, our rainfall, our procurement laws.

AI: That is very helpful. Is there anything else you would like to add?

User: Only that I am happy to be contacted if you need clarification. My mobile is [[+254 722 418 903|PHONE_NUMBER]]. Please do not use the office line, as messages there are not always passed on. Good luck with the study.""")

T.append("""AI: Thanks for jumping on the call. Could you start by telling me a bit about yourself and your work?

User: Yeah no worries mate. I'm [[Steve|PERSON]], [[Steve Mulligan|PERSON]], I run [[Mulligan Plumbing & Gas|ORGANIZATION]] out of [[Carindale|CITY]], so southside [[Brisbane|CITY]]. Been a [[plumber|JOB_TITLE]] for thirty-odd years, went out on my own in [[2009|DATE]]. I'm [[52|AGE]] now, knees are starting to tell me about it. It's me, my son [[Josh|PERSON]] who's doing his apprenticeship with me, and my wife [[Leanne|PERSON]] does the books and the phones.

AI: How did AI tools end up in a plumbing business?

User: Honestly it was [[Leanne|PERSON]]. She was doing the quotes at night after tea and getting fried, and her sister told her about [[ChatGPT|AI_PRODUCT]]. So now she puts in what I've scribbled on the back of a docket, like replace hot water system, 315 litre, electric to heat pump, and it writes it up nice and professional. Then it goes into [[Tradify|SOFTWARE]] and over to [[Xero|SOFTWARE]] for the invoicing. She reckons it saves her an hour a night easy. I use it a bit myself, mostly on the phone in the ute. I'll ask it stuff like what's the standard for tempering valve setting in [[Queensland|CITY]], but I always double check against the actual code because it's been wrong before. Had one job for a lady in [[Mount Gravatt|CITY]], Mrs [[Petrakis|PERSON]], and I used the photo thing on it to try and work out what brand an old mixer tap was so I could get the cartridge. It guessed wrong. Ended up ringing the supplier anyway.

AI: What about your son? Does he use it differently?

User: Oh [[Josh|PERSON]] is on it all the time, he's [[22|AGE]]. He uses it for his [[TAFE|SCHOOL]] assignments, which I've told him not to overdo. But he also did our [[Instagram|SOFTWARE]], we're [[@mulliganplumbing_bne|SOCIAL_HANDLE]] if you want a look, and he gets it to write the captions. Before and after photos of blocked drains, you wouldn't believe how many people like that stuff. Got us a few jobs out in [[Logan|CITY]] actually.

AI: Has it changed how you deal with customers?

User: Little bit. [[Leanne|PERSON]] uses it to write the follow-up texts, like reminding people their backflow test is due. And when someone leaves a whinge online she gets it to help with the reply so she doesn't say what she actually thinks. There was a bloke, I won't say his name, reckoned we overcharged him for a call out on a [[Sunday|GENERIC_TIME]]. She wrote a very polite answer. I would've written something different.

AI: Are there any worries you have about it?

User: Not really for a business our size. Maybe that people will start thinking they can fix stuff themselves because a chatbot told them how. We've had two jobs this year where someone tried a DIY gas fitting off a video and it was dodgy as. That's dangerous. And I don't love the idea of putting customer details in there, so [[Leanne|PERSON]] takes names and addresses out before she pastes anything.

AI: That's good practice. Thanks so much for your time, [[Steve|PERSON]]. Anything else you'd like to share?

User: Nah I think that's it. If you need anything else just give us a bell, my mobile's [[oh four one two, three three five, eight oh one|OBF_PHONE|number_words]]. If I'm under a house I won't pick up, just leave a message and [[Leanne|PERSON]] will get back to you. Cheers.""")

T.append("""AI: Good morning. Thank you for taking part. Could you introduce yourself and describe your current role?

User: Good morning. I am [[Bernadette Rousseau|PERSON]], I am [[63|AGE]], and I work as a [[chartered accountant|JOB_TITLE]] at [[Cabinet Fabre & Associés|ORGANIZATION]] in [[Lyon|CITY]]. I joined the firm in [[1987|DATE]], when it was only four people and a fax machine, so I have seen a great many changes. Today we are around thirty. I look after a portfolio of small businesses: artisans, a few restaurants, two pharmacies, a bakery chain in [[Villeurbanne|CITY]].

AI: How have AI tools entered your work, if at all?

User: Rather reluctantly on my part, I must admit. The younger staff started first. My colleague [[Claude|PERSON]], who is about my age, finds it very funny that the firm has been testing a tool with his name, [[Claude|AI_PRODUCT]], alongside [[Le Chat|AI_PRODUCT]], the French one. We also have the new modules in [[Sage|SOFTWARE]] that suggest how to categorise bank transactions. That part, I confess, is very good. It learns that a certain supplier is always a certain account.

AI: Could you tell me about a specific time you used one of these tools?

User: Yes. In [[March|GENERIC_TIME]], during the busy season, one of my clients, a restaurant owner, received a letter from the tax administration that he did not understand at all. He forwarded it to me at eleven at night, in a panic. I asked [[Le Chat|AI_PRODUCT]] to summarise it in plain language, removing his name and his tax number before pasting. The summary was correct, and it helped me write to him calmly the next morning. But I checked every point myself. At my age, one does not trust anything one has not verified.

AI: How do your colleagues feel about it?

User: Opinions differ. [[Sylvie Garnier|PERSON]], who runs the firm, is enthusiastic; she went to a conference in [[Paris|CITY]] and came back convinced we must all be trained. The junior accountants use it constantly, sometimes too much. I corrected a note last month where the year-end adjustments were explained beautifully but with a VAT rate that does not apply in [[France|COUNTRY]]. It was probably taken from another country's rules. [[Claude|PERSON]] and I are the sceptics, though he is more sceptical than I am. Since last autumn we have a short charter that [[Sylvie|PERSON]] wrote with our IT provider: no client names, no SIREN numbers, no bank details. Personally I would have gone further, but it is a start.

AI: Has it changed how you think about the rest of your career?

User: I retire in [[June 2026|DATE]], so the question is rather short for me. But I think of the young ones. When I started, we learned the profession by doing the tedious work: the reconciliations, the ledgers. It was boring but that is how you understand a business. If the machine does all of that, how will they learn? My granddaughter [[Inès|PERSON]] is studying management at [[Université Lyon 3|SCHOOL]], and I asked her this question. She said I worry too much. Perhaps.

AI: Thank you very much, Madame [[Rousseau|PERSON]]. Is there anything you would like to add before we finish?

User: Only that I would be happy to read your results. You may write to me at [[b.rousseau[at]fabre-associes[dot]fr|OBF_EMAIL|bracket_at_dot]]. I write it like that on forms because of the spam, you understand. It was a pleasure. Bonne journée.""")

T.append("""AI: Hi! Thanks for joining. Could you tell me a little about yourself and your job?

User: hi! sure. i'm [[Larissa Fonseca|PERSON]], most people call me [[Lari|PERSON]], i'm [[26|AGE]] and i'm a [[ux designer|JOB_TITLE]] at [[Nubank|ORGANIZATION]] here in [[São Paulo|CITY]]. i work on the credit card app flows mostly. i joined in [[2021|DATE]] right after graduating from [[Mackenzie|SCHOOL]], design degree. hybrid, so i go to the office in [[Pinheiros|CITY]] two or three days a week

AI: How do AI tools show up in your design work?

User: in a lot of small ways. [[Figma|SOFTWARE]] has its own AI features now, so i use those to rename layers and generate placeholder content, which is honestly the most boring part of the job. for research synthesis i use [[ChatGPT|AI_PRODUCT]], like after user interviews i paste anonymised notes and ask it to cluster themes. and for moodboards i sometimes play with [[Midjourney|AI_PRODUCT]], though we're not allowed to ship anything made with it

AI: Can you tell me about a time that worked particularly well, or badly?

User: well, badly first haha. last year i asked it to cluster feedback from like forty interviews and it invented a theme that nobody mentioned, something about customers wanting dark mode for the statement screen. my [[manager|GENERIC_ROLE]], [[Rafael|PERSON]], caught it because he'd actually sat in on the interviews. [[Rafa|PERSON]] is super chill but he gave me a look. since then i always go back to the raw quotes. a good one: writing microcopy variations. i'll ask for ten versions of an error message in portuguese and in english, and usually one or two are a good starting point

AI: How does your team talk about AI, and do you feel pressure to use it?

User: there's a lot of talk, maybe too much lol. we have a [[slack|SOFTWARE]] channel just for prompts and people post their tricks. my friend [[Bia|PERSON]] on the research team is a bit more critical, she says we're outsourcing the thinking part. i kind of agree with her sometimes. i think junior designers especially, who joined after [[2023|DATE]], never learned to sit with a blank canvas. and yeah, a bit of pressure. nobody says you must, but the [[product managers|GENERIC_ROLE]] expect faster turnarounds now, so if you don't use it you just look slow. i saw a talk by [[Sam Altman|PUBLIC_FIGURE]] where he said designers would be the first to change, and everyone on the team was sending it around, a little anxious

AI: What about outside your main job?

User: i do freelance branding for small businesses on weekends, mostly friends of my parents. like a bakery in [[Campinas|CITY]] and a dental clinic. for those i use it more freely, for naming ideas and stuff. my portfolio is [[larifonseca.design|URL]] if you want to see, and my [[linkedin|SOFTWARE]] is [[linkedin.com/in/larissa-fonseca-ux|URL]], i post about design process there sometimes

AI: Thank you. Where do you see this going for designers in [[Brazil|COUNTRY]]?

User: honestly i think it will be fine for people who understand users, and harder for people who only make things pretty. a lot of my friends from uni went to agencies and those are cutting juniors already. some went to [[Portugal|COUNTRY]] because of that. i don't plan to leave, i like it here, my whole family is here. and thanks for asking designers! we're usually left out of these studies""")

T.append("""AI: Hello, and thanks for joining after your shift. Could you tell me a bit about yourself and your work?

User: Hello, no problem at all. My name is [[Maricel Dizon|PERSON]], I'm [[34|AGE]], and I'm a [[staff nurse|JOB_TITLE]] on a medical ward at [[St. James's Hospital|ORGANIZATION]] in [[Dublin|CITY]]. I trained back home in the [[Philippines|COUNTRY]], at [[West Visayas State University|SCHOOL]] in [[Iloilo|CITY]], and I came to [[Ireland|COUNTRY]] in [[2017|DATE]] through a recruitment agency. So seven years now. My husband [[Jun-Jun|PERSON]] followed me a year later, he works in a warehouse near the airport.

AI: How, if at all, do AI tools come into your nursing work?

User: On the ward itself, honestly not much. We're very careful, and the [[HSE|ORGANIZATION]] has guidance that you don't put any patient information into these public tools. Where I use it is around the work. For example, I was studying for a postgraduate certificate in gerontology last year and I used [[ChatGPT|AI_PRODUCT]] to quiz me before exams. I'd ask it to give me ten questions about delirium management and then explain the ones I got wrong. That was really useful, especially after a night shift when I couldn't concentrate on the textbook.

AI: Are there other ways colleagues on the ward use these tools?

User: Yes, a few. Our [[ward clerk|JOB_TITLE]] [[Niamh|PERSON]] uses [[Copilot|AI_PRODUCT]] to tidy up the rosters and the emails to the agency when we need cover. And some of the newer nurses from [[India|COUNTRY]] and [[Kerala|CITY]] especially use it to check their English in handover notes, not the clinical part, just the grammar. I think that's fine as long as nothing identifiable goes in. Our [[ward manager|GENERIC_ROLE]] reminds us every [[Tuesday|GENERIC_TIME]] at the safety huddle. One of the doctors, Dr. [[Fitzgerald|PERSON]], showed us an app that writes discharge letters from a recording, but it's only a pilot and only on one team.

AI: Have you had any experiences where the tool was wrong or unhelpful?

User: Yes. I once asked it about the interaction between two medicines for my own mother, not a patient, she's in [[Iloilo|CITY]] and she sends me photos of her prescriptions. It gave a very confident answer, and when I checked with our [[pharmacist|JOB_TITLE]], [[Aoife|PERSON]], she said it was half right. Half right in medicine is not good enough. So now I use it only for studying and for writing, never for clinical decisions. Also the drug names are different here and in the [[Philippines|COUNTRY]] sometimes, brand names, and it mixes them up.

AI: How do you feel about AI in healthcare more generally?

User: Mixed feelings. I can see it helping with documentation. We spend so much time writing, and every minute writing is a minute not with the patient. But I worry about the human side. A lot of my patients are elderly and they want someone to sit and talk to them. No computer can hold a hand. Also, for nurses like me who came from abroad, I worry if the tools make the English part easier, the hospitals might assume we need less support, less training. [[Jun-Jun|PERSON]] says I think too much about it.

AI: Thank you, that's really valuable. Is there anything else you'd like to add, or a way to contact you for follow-up?

User: I think that's everything. If you want to follow up, you can text me, my number is [[0 8 7   2 1 4   6 6 9 0|OBF_PHONE|spaced_digits]]. I write it with spaces because I post it in the Filipino community group for the basketball league and I don't want bots picking it up. Thank you for listening, it was nice to talk about this.""")

T.append("""AI: Hi, thank you for taking the time. Could you start by telling me about yourself and your job?

User: Hi, sure. I am [[Paweł Nowicki|PERSON]], [[38|AGE]] years old, I work as [[shift supervisor|JOB_TITLE]] in a distribution centre for [[LogiPol|ORGANIZATION]] in [[Stryków|CITY]], it's near [[Łódź|CITY]]. We do logistics for online shops, mostly clothes and electronics, and our biggest client is a German retailer. I started there in [[2016|DATE]] as a [[forklift operator|JOB_TITLE]] and moved up. On my shift there are around sixty people, many from [[Ukraine|COUNTRY]] and some from [[Colombia|COUNTRY]] recently, so it is very international.

AI: Where do AI tools come into your work?

User: Mostly communication. The head office is in [[Germany|COUNTRY]] and all reports go in English or German, and my German is weak. So I write in Polish and use [[DeepL|AI_PRODUCT]] or [[ChatGPT|AI_PRODUCT]] to make it proper. Before that I was spending maybe one hour each night on the shift report. Now fifteen minutes. And with the workers, when I need to explain new safety rules, I make a version in Ukrainian and Spanish with [[Google Translate|SOFTWARE]], then I ask [[Oksana|PERSON]], she is [[team leader|GENERIC_ROLE]] on packing, to check the Ukrainian one because sometimes it is strange.

AI: Can you describe a situation where the tool helped or caused trouble?

User: One time it caused trouble, yes. The system we use is [[SAP|SOFTWARE]], and I asked [[ChatGPT|AI_PRODUCT]] how to correct a stock movement that was booked wrong. It gave me steps, very nice, but for a different version. I followed and made it worse. Everything in the system is logged under your badge number, mine is [[W-40187|NATIONAL_ID]], so the next morning [[Marek|PERSON]] from inventory control came to me, not happy. He fixed it in ten minutes. After that I ask [[Marek|PERSON]] first, chatbot second.

AI: How does your employer handle AI use?

User: There is a policy from [[Germany|COUNTRY]] that came last year, two pages, mostly saying don't upload customer data and use only the approved [[Copilot|AI_PRODUCT]]. But the approved one is only on office computers, and on the floor we have only the terminals and our phones. So in practice people use what they have on the phone. My [[manager|GENERIC_ROLE]] knows this. He says just be careful. I think the company should give us something proper, because people will use it anyway.

AI: What about your own future, do you see AI changing your job?

User: Some things yes. Planning of shifts, predicting how many people we need on [[Black Friday|GENERIC_TIME]] or before [[Christmas|GENERIC_TIME]], this the computer can do better than me. But to manage people, to see that somebody is tired or has problem at home, this no. My wife [[Kasia|PERSON]] works in HR at a hospital and she says the same. Maybe in ten years the warehouse will be more robots, there is already a test with automatic trolleys in another centre near [[Poznań|CITY]]. I am not worried for me, more for the young guys who only pick and pack.

AI: Thank you. Is there anything you would like to add, or any way you'd prefer to be contacted?

User: No, I think I said everything. For contact, email is best, [[p.nowicki84@wp.pl|EMAIL_ADDRESS]]. I check it in the evening before the shift. Thank you, it was interesting, nobody asks the warehouse people about these things.""")

T.append("""AI: Good evening, and thank you for joining. Could you introduce yourself and tell me about your work?

User: Good evening. Of course. My name is [[Graciela Benítez|PERSON]]. I am a [[sworn translator|JOB_TITLE]], English and Portuguese into Spanish, and I have worked freelance from home in [[Caballito|CITY]], in [[Buenos Aires|CITY]], since [[2001|DATE]]. I am [[forty-seven|AGE]], which means I began right during the crisis, when everybody said it was madness to go independent. I studied at [[Universidad de Buenos Aires|SCHOOL]]. My clients are mostly a publishing house, [[Editorial Sudestada|ORGANIZATION]], and a law firm that sends me contracts and court documents.

AI: How has AI affected your work as a translator?

User: Enormously, and not always in a pleasant way. Machine translation is nothing new for us, we have had [[Google Translate|SOFTWARE]] for many years and the translation memories in [[Trados|SOFTWARE]]. But since [[DeepL|AI_PRODUCT]] and then [[ChatGPT|AI_PRODUCT]], the clients' expectations have changed completely. The law firm now sends me what they call post-editing: the machine has already translated, and I am supposed to correct it for a third of the fee. Sometimes it is quicker. Often it is not, because the errors are subtle. A legal term that is correct in [[Spain|COUNTRY]] but means something different here.

AI: Can you describe a recent project where you used these tools?

User: Yes. In [[October|GENERIC_TIME]] I translated a collection of essays for [[Editorial Sudestada|ORGANIZATION]]. The [[editor|JOB_TITLE]], [[Martín Ocampo|PERSON]], is a very old friend, we have worked together for twenty years. The author quotes [[Borges|PUBLIC_FIGURE]] constantly, and of course those passages already exist in Spanish, they must be the original text, not a translation back. I used [[ChatGPT|AI_PRODUCT]] to help me locate which essays the quotes came from. It was useful for maybe half of them. For the others it invented titles that [[Borges|PUBLIC_FIGURE]] never wrote. [[Martín|PERSON]] found this very funny.

AI: How do you feel about the future of your profession?

User: I am worried, but not desperate. The sworn translation, with my signature and seal, still needs a human, because the law requires it. Literary work also, I think, for some time. But the younger colleagues who depend on technical or marketing translation are suffering a lot. My daughter [[Sofía|PERSON]] wanted to study translation and I told her to think about it carefully. She is now doing linguistics and data, which is maybe wiser. Several colleagues from my year at university have moved to teaching, or to [[Spain|COUNTRY]] to work in localisation for video games.

AI: Do you use these tools in your personal life as well?

User: A little. I use it to write complaints to the electricity company, which is a national sport here in [[Argentina|COUNTRY]]. And I use it to help my mother, who is [[eighty-one|AGE]], understand her pension letters. I explain to her that the computer is not a person, but she says thank you to it anyway.

AI: Thank you so much. Is there any way you'd like to receive the findings?

User: Yes, please. My address is [[gbenitez arroba traduccionesgb punto com punto ar|OBF_EMAIL|arroba_punto]]. Sorry, I say it the Spanish way out of habit, with arroba for the at and punto for the dot. It was a pleasure talking with you.""")

T.append("""AI: Good morning, and thank you for making time for this. Could you please introduce yourself?

User: Good morning. Thank you for inviting me. My name is [[Kenji Morimoto|PERSON]]. I am an [[English teacher|JOB_TITLE]] at [[Tennoji High School|SCHOOL]] in [[Osaka|CITY]]. I have been teaching since [[1989|DATE]], at three different schools, and I came to this one eight years ago. I turned [[fifty-nine|AGE]] this year, so I will retire at the end of the school year in [[March 2026|DATE]]. In my younger days I spent one year in [[Canada|COUNTRY]] as an [[exchange teacher|JOB_TITLE]] in [[Winnipeg|CITY]], which was very cold but very good for my English.

AI: How do AI tools come into your teaching, if at all?

User: At first I was very resistant. But two years ago our prefecture started a pilot, and our school received accounts for [[Gemini|AI_PRODUCT]] through [[Google Workspace|SOFTWARE]]. My younger colleague, [[Yamada|PERSON]]-sensei, who teaches information technology, gave a training session. Now I use it to make reading comprehension questions at different levels. For example, I take a short article about climate and ask it to write five easy questions and five difficult ones. I always revise them. Sometimes the answers it gives are not actually in the text, so I must be careful.

AI: How do your students use these tools, and how do you feel about it?

User: Many of them use [[ChatGPT|AI_PRODUCT]] on their smartphones, of course. For English essays this is a difficult problem. Last year a student submitted an essay about a novel by [[Haruki Murakami|PUBLIC_FIGURE]] that was written in perfect English, far better than her level in class. I did not punish her. I asked her to explain two of the sentences to me, and she could not. We had a good conversation. Now in my classes, students write the first draft by hand in the classroom, then they may use AI to get feedback, and they must show me both versions in [[Google Classroom|SOFTWARE]].

AI: How do your colleagues at the school view AI?

User: The opinions are divided, mostly by age, I think. The older teachers, like [[Nakagawa|PERSON]]-sensei in mathematics, refuse completely. The younger ones use it for everything, including writing letters to parents, which I think is a little dangerous. The [[vice principal|GENERIC_ROLE]] asked us not to enter the names of students. Our [[principal|GENERIC_ROLE]] is cautious but open. In [[Japan|COUNTRY]], schools usually move slowly, and in this case perhaps it is not so bad to move slowly.

AI: After you retire, do you think you will keep using these tools?

User: Maybe. My wife [[Keiko|PERSON]] and I plan to move to [[Sakai|CITY]] to be closer to our grandchildren, and I would like to volunteer teaching Japanese to foreign residents. AI could help me prepare materials. Also I want to finally read many English novels I bought and never finished. Perhaps I will ask it to explain the difficult idioms.

AI: Thank you very much. Is there anything else you'd like to add, or a way to contact you?

User: If you have further questions, you can contact me on [[LINE|SOFTWARE]]. My ID is [[morimoto_k1966|SOCIAL_HANDLE]]. I do not check email very often, I am afraid. Thank you for this interesting conversation.""")

T.append("""AI: Hi, thanks for signing up. Could you tell me a bit about yourself and what you do?

User: hey. so im [[aarav|PERSON]], [[19|AGE]], first year engineering at [[uoft|SCHOOL]]. i live with my parents in [[scarborough|CITY]] and i work part time as a [[math tutor|JOB_TITLE]] at a [[kumon|ORGANIZATION]] centre near the mall, like 3 evenings a week plus saturdays. started in grade 11 so [[2022|DATE]] i guess. mostly i mark worksheets and help the little kids with fractions and stuff

AI: How do AI tools fit into that job, if they do?

User: lowkey the biggest thing is kids using it to cheat lol. the older ones have [[photomath|AI_PRODUCT]] and [[chatgpt|AI_PRODUCT]] on their phones and they just snap the question. mrs [[chen|PERSON]] who owns the centre has a no phones rule now but they still sneak it. for me i use [[chatgpt|AI_PRODUCT]] to explain stuff in a simpler way when a kid doesnt get my explanation. like i'll ask explain negative numbers to a 9 year old using money, and it gives decent analogies. also [[desmos|SOFTWARE]] for graphing which isnt really ai but whatever

AI: Can you think of a specific moment where it helped or didn't?

User: yeah theres this kid, ill call him the quiet one, no names obv, who was stuck on word problems for like a month. i used [[chatgpt|AI_PRODUCT]] to make a bunch of word problems about [[minecraft|SOFTWARE]] bc thats all he talks about and he actually did them. that was a win. the fail was when i asked it to check a worksheet answer key and it said one answer was wrong when it was right, and i almost changed it. my [[coworker|GENERIC_ROLE]] [[priya|PERSON]] caught it. now i just check with [[wolfram|SOFTWARE]] if im unsure

AI: And at university, how are you using these tools?

User: for coding assignments everyone uses [[copilot|AI_PRODUCT]] in [[vs code|SOFTWARE]], the [[profs|GENERIC_ROLE]] kind of accept it for the intro course as long as you can explain your code in the lab. for math courses its banned on quizzes obviously. my [[TA|GENERIC_ROLE]] [[jordan|PERSON]] told us that the midterm questions are designed so [[chatgpt|AI_PRODUCT]] gets them wrong, which is kinda funny. i use [[khanmigo|AI_PRODUCT]] sometimes too bc my little sister [[anaya|PERSON]] had it for school and showed me

AI: How do you see AI fitting into your future career?

User: i want to do robotics or maybe software, so like its going to be everywhere. my dad does maintenance at a plant in [[mississauga|CITY]] and hes kind of scared of it, he thinks theyll cut engineers. i think itll just change what engineers do, like my cousin is a civil engineer in [[calgary|CITY]] and she says half her job is already checking software output. honestly tutoring taught me more about explaining things than any ai can, so ill probably keep doing it while im in school

AI: Thanks, that's really interesting. Anything else to add, or how should we reach you?

User: nah thats it. email is [[aarav(dot)mehta(at)mail(dot)utoronto(dot)ca|OBF_EMAIL|paren_at_dot]] or [[discord|SOFTWARE]] [[@aarav.codes|SOCIAL_HANDLE]] if thats easier, i reply faster there. good luck with the study, hope more people my age sign up for these""")

T.append("""AI: Hi, thanks for joining. To start, could you tell me a bit about yourself and your work?

User: Sure, howzit. I'm [[Thabo Mokoena|PERSON]], I'm [[31|AGE]], and I'm an [[estate agent|JOB_TITLE]] with [[Pam Golding Properties|ORGANIZATION]], working mostly in [[Randburg|CITY]] and [[Fourways|CITY]] in the north of [[Johannesburg|CITY]]. I started in property in [[2018|DATE]], after I finished a BCom at [[Wits|SCHOOL]] and realised I didn't want to sit in an audit firm for the rest of my life. It's commission-based, so you're basically running your own small business inside a bigger brand.

AI: Where do AI tools come into that work for you?

User: Listings, first of all. Writing a property description used to take me maybe forty minutes if I wanted it to sound good. Now I give [[ChatGPT|AI_PRODUCT]] the details, three bedrooms, two bathrooms, pool, solar backup, close to schools, and it gives me a draft in seconds. I still rewrite it, because it loves words like nestled and boasting and every agent's listing starts to sound the same. Then I do the social posts in [[Canva|SOFTWARE]], which also has AI stuff built in now, and the listing goes up on [[Property24|SOFTWARE]]. The solar thing is big here, with load-shedding every buyer asks about inverters first.

AI: Can you tell me about a time it helped with a client, or didn't?

User: There was a couple, Mr and Mrs [[Naidoo|PERSON]], selling a family home in [[Northcliff|CITY]] after their kids had moved overseas. Very emotional for them. I used it to help me write a letter explaining why the valuation came in lower than they hoped, and it helped me find a gentle way to say it. I changed a lot, but the structure was good. Where it didn't help: I asked it about transfer duty rates and it gave me old figures. My [[principal|GENERIC_ROLE]], [[Lindiwe|PERSON]], spotted it before it went to the buyer, thank goodness. She's been in the industry twenty-five years and she trusts nothing she hasn't seen on paper.

AI: How do your colleagues and your office feel about AI?

User: Mixed. The younger agents are all using it. Some of the older ones think it's cheating, which I find funny because they used to copy each other's adverts out of the newspaper. [[Lindiwe|PERSON]] made a rule that we never put ID numbers or bank details of clients into it, which makes sense. We deal with a lot of FICA documents, so that's serious. There's also a guy in our office, [[Sipho|PERSON]], who built a little chatbot for his [[WhatsApp|SOFTWARE]] so that people get an automatic reply at night. I'm not sure about that, in this business people want to talk to a person.

AI: What about the bigger picture, do you think AI will change your profession?

User: For the paperwork, definitely. For the selling, I don't think so. Buying a house is the biggest decision most people make, and in [[South Africa|COUNTRY]] there's so much trust involved. People want someone who knows the area, who knows which street floods in summer and which complex has a bad body corporate. A chatbot can't drive you around [[Sandton|CITY]] and tell you that. My uncle says [[Elon Musk|PUBLIC_FIGURE]] will replace us all with robots, he likes to remind me [[Musk|PUBLIC_FIGURE]] grew up in [[Pretoria|CITY]], as if that makes it more likely.

AI: That's a great point. Is there anything else you'd like to mention, or how can we reach you?

User: I think that's about it. You can reach me on [[+27 82 613 4470|PHONE_NUMBER]], that's also my [[WhatsApp|SOFTWARE]] number. Weekends are tricky because of show days, but weekday mornings are fine. Thanks for having me.""")

T.append("""AI: Hi, thanks for joining. Could you tell me a bit about yourself and your work?

User: Hi! I'm [[Sneha Raghunathan|PERSON]], [[27|AGE]], I'm a [[backend engineer|JOB_TITLE]] at [[Flipkart|ORGANIZATION]] in [[Bengaluru|CITY]]. Been there since [[July 2021|DATE]], before that I did my BE at [[RV College of Engineering|SCHOOL]]. Originally I'm from [[Coimbatore|CITY]], my parents are still there. I work on the payments side, mostly Java and some Go, lots of services talking to other services

AI: Thanks, [[Sneha|PERSON]]. How do AI tools show up in your day-to-day work?

User: Pretty much everywhere now tbh. We have [[GitHub Copilot|AI_PRODUCT]] approved company-wide, so that's always on in [[IntelliJ|SOFTWARE]]. It's great for boilerplate, writing tests, those boring mapping classes. For bigger stuff I sometimes use [[Cursor|AI_PRODUCT]] on my personal projects but not on office code because it's not approved. And for reading unfamiliar code or logs I paste snippets into the internal chat tool they've set up, it's some wrapper around a model, nobody's quite sure which one lol

AI: Can you give an example of a time it really helped, or went wrong?

User: Helped: we had a migration last quarter and I had to write like two hundred unit tests for a legacy service. [[Copilot|AI_PRODUCT]] did maybe sixty percent of the grunt work. Went wrong: it suggested a retry logic that looked totally fine, and in review my [[tech lead|GENERIC_ROLE]] [[Arjun|PERSON]] pointed out it would retry non-idempotent payment calls. That could've charged people twice. It was a good lesson. [[Arjun|PERSON]] now has a rule in our team that any AI-written code touching money gets two reviewers. We track it with a label in [[Jira|SOFTWARE]]

AI: How do you and your teammates feel about these tools?

User: Mostly positive but a bit anxious. My friend [[Vikram|PERSON]] who sits next to me keeps sending me clips of [[Andrej Karpathy|PUBLIC_FIGURE]] talking about vibe coding and says we'll all be obsolete in two years. I don't believe that but there is pressure. Like sprint estimates have quietly gone down because management assumes we're faster now. And the freshers who joined this year, some of them can generate code but can't debug it, because they never had to struggle through it

AI: Do you use it outside work too?

User: Yes, for side projects and learning. I'm trying to learn Rust on weekends and I use [[Claude|AI_PRODUCT]] as a tutor basically. I also post small tools I build on my [[github|SOFTWARE]], [[github.com/sneha-r-dev|URL]], and write short threads about them on [[X|SOFTWARE]], I'm [[@sneha_builds|SOCIAL_HANDLE]]. My mom uses it too now, she asks it for recipes in Tamil which is very cute, half the time it gets the measurements wrong and she calls me to complain

AI: Finally, how do you see your career changing over the next few years?

User: I think the job becomes more about design and review and less about typing. Which is fine, that's the interesting part anyway. I'd like to move toward a more senior role eventually. Maybe abroad for a few years, a lot of my batchmates went to [[Germany|COUNTRY]] and [[Canada|COUNTRY]]. But [[India|COUNTRY]] has so much happening right now that I'm not in a hurry. Thanks for this, it was fun to think about""")

T.append("""AI: Hiya, thanks for taking part. Could you tell me a wee bit about yourself and what you do?

User: aye no bother. im [[Lorraine|PERSON]], [[Lorraine McAllister|PERSON]], im [[41|AGE]] and im a [[hairdresser|JOB_TITLE]], self employed, got my own wee salon in [[Shawlands|CITY]] on the south side of [[Glasgow|CITY]]. its called [[Hair by Lorraine|ORGANIZATION]] which isnt very original but folk know where they are with it. been open since [[2015|DATE]], before that i was at a big salon in the city centre for years. just me and [[Kayleigh|PERSON]] whos training with me, and a girl who comes in saturdays to do the washing and sweeping

AI: How, if at all, do AI tools come into running the salon?

User: more than youd think! my daughter [[Caitlin|PERSON]] whos [[16|AGE]] set me up with [[chatgpt|AI_PRODUCT]] last year because i was up till midnight doing [[instagram|SOFTWARE]] posts. now i just tell it what i did, like balayage on a brunette, and it writes the caption with all the hashtags. our [[insta|SOFTWARE]] is [[@hairbylorraine_gla|SOCIAL_HANDLE]] and its honestly where most of my new clients come from now. bookings go through [[Fresha|SOFTWARE]] and that sends the reminders itself which has cut down the no shows a lot

AI: Has it helped with anything beyond social media?

User: aye a couple of things. i used it to write a price list when i had to put my prices up, because i hate that conversation, and it helped me word it so it didnt sound like i was apologising. and when i was looking at a new colour brand it helped me compare the costs per tube. i also asked it once about a customer who had a reaction to a patch test and it gave me decent general advice but said see a doctor, which is right. i wouldnt rely on it for anything like that

AI: What about your clients, do they talk about AI?

User: oh constantly. the chair is like a confession box. one of my regulars, wee Mrs [[Docherty|PERSON]], shes about [[eighty|AGE]], asked me if the robots are going to cut hair next. i said over my dead body. the younger ones come in with pictures made on those AI apps of a haircut that physically cannot exist, like the hair is defying gravity. [[Kayleigh|PERSON]] had one last week and had to explain gently that its not a real photo. thats becoming a thing actually

AI: Do you have any worries about it for your business?

User: not really for the hair itself, nobodys automating a blow dry any time soon. maybe the admin side, like if the big chains use it to do their marketing cheaper then the wee places have to keep up. and i dont love that everyone's captions sound the same now, i can spot a [[chatgpt|AI_PRODUCT]] post a mile off. so i add my own daft bits to keep it me. [[Caitlin|PERSON]] says im the only person who makes it sound less professional on purpose

AI: Thanks, [[Lorraine|PERSON]]. Anything else you'd like to add, or a number we can reach you on?

User: thats me i think. best to text the salon mobile, its [[oh seven eight one two, three four five, double six nine|OBF_PHONE|spoken_double]], i cant answer when im mid colour but ill get back to you at lunch. good luck with it all""")

T.append("""AI: Good afternoon, thanks for joining. Could you introduce yourself and describe your role?

User: Good afternoon. I'm [[Joost van den Heuvel|PERSON]], I'm [[45|AGE]], and I'm a [[logistics coordinator|JOB_TITLE]] at [[Kuehne+Nagel|ORGANIZATION]] in the port of [[Rotterdam|CITY]]. I've been in the port since [[2006|DATE]], first with a smaller forwarder and then here. My job is basically making sure containers that arrive by sea get onto the right trucks, barges or trains, and that the customs paperwork is correct. When something goes wrong, and something always goes wrong, I'm the one on the phone.

AI: How do AI tools come into that work?

User: In a few ways. The company has rolled out [[Microsoft Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]], and I use it a lot to summarise long email threads. Some of our shipments have threads of sixty emails in three languages, and when a colleague hands one over on a [[Friday|GENERIC_TIME]] afternoon, the summary saves me a lot of time. We also have dashboards in [[Power BI|SOFTWARE]] that now have a kind of question box, where you can type which containers are delayed more than two days and it builds the chart. That's quite handy, when it understands the question.

AI: Can you describe a situation where it helped or caused problems?

User: There was a case [[last winter|GENERIC_TIME]] with a shipment of medical equipment stuck because of a wrong commodity code. My colleague [[Fatima El Amrani|PERSON]] and I used [[ChatGPT|AI_PRODUCT]] to understand the customs classification notes, which are very dense. It pointed us in the right direction, but the final decision we checked with our [[customs broker|JOB_TITLE]], [[Dirk|PERSON]], who has done this for thirty years. He said the AI was ninety percent right, and the ten percent would have cost us a fine. [[Fatima|PERSON]] now calls it the intern, because it's enthusiastic but needs supervision.

AI: How does your employer approach AI use?

User: Quite structured, which I appreciate. There's an e-learning everyone had to do, and a clear rule that customer data and pricing stay in the approved tools. The problem is the pace. Every few months there's a new feature and no time to learn it properly. My [[team leader|GENERIC_ROLE]] is supportive but she's as busy as the rest of us. I also see a gap between the office and the people on the terminals. The truck drivers, many from [[Poland|COUNTRY]] and [[Romania|COUNTRY]], use translation apps on their phones to talk to us, and that's really the most practical AI I see every day.

AI: How do you see the future of your role?

User: I think the routine coordination will be automated more and more. Booking a truck slot, sending a standard arrival notice, that can be done without me. What stays is the exceptions, the negotiation, knowing which person at which terminal to call. I'm not worried for myself, I'll be fine until retirement I think. My daughter [[Noor|PERSON]] studies business at [[Erasmus University|SCHOOL]], and she's much more worried than I am about what jobs will exist for her generation.

AI: Thank you. Is there anything else you want to add, or an email for follow-up?

User: No, I think that covers it. My private email is [[joost.vdheuvel@​ziggo.nl|OBF_EMAIL|zero_width_space]], I just pasted it from my phone so hopefully it comes through properly. I'd rather not use the work address for this. Thanks for the conversation, and good luck.""")

T.append("""AI: Good evening, and thank you for joining. Could you please introduce yourself and your work?

User: Good evening. My name is Dr. [[Mona Abdelrahman|PERSON]]. In [[Egypt|COUNTRY]] we call pharmacists doctor, so please don't be confused. I am [[39|AGE]] years old and I am a [[pharmacist|JOB_TITLE]] and [[branch manager|JOB_TITLE]] at [[El Ezaby Pharmacy|ORGANIZATION]] in [[Heliopolis|CITY]], in [[Cairo|CITY]]. I graduated from [[Cairo University|SCHOOL]] in [[2008|DATE]], then I worked four years in [[Riyadh|CITY]] in [[Saudi Arabia|COUNTRY]], and I came back in [[2014|DATE]] when my first son was born.

AI: Thank you, Dr. [[Abdelrahman|PERSON]]. How do AI tools come into your work at the pharmacy?

User: Not for the dispensing itself, I must be clear. Every prescription is checked by one of us personally, this is the law and also my conscience. Where I use AI is mostly for training and communication. I have six assistants in the branch, some of them are young and new. I use [[ChatGPT|AI_PRODUCT]] to prepare short training sheets, for example how to explain inhaler technique to a patient, in simple Egyptian Arabic. Before, I was writing everything by hand in the evening. Also the stock reports in [[Excel|SOFTWARE]], I ask it how to make a formula when I forget.

AI: Could you describe a situation where it was useful, or where you were uncomfortable with it?

User: Useful: during [[Ramadan|GENERIC_TIME]], many diabetic patients ask how to adjust their medication timing for fasting. I asked it to help me design a small leaflet, and then Dr. [[Karim Sobhy|PERSON]], my colleague who has a diabetes diploma, reviewed every line. We printed it and patients liked it very much. Uncomfortable: one of my assistants, [[Hoda|PERSON]], told me a customer showed her a chatbot answer on his phone and insisted on an antibiotic without prescription because the chatbot said it was appropriate. [[Hoda|PERSON]] refused, correctly. I think this will happen more and more, patients arriving with their own machine diagnosis.

AI: How do you feel about the role of AI in pharmacy in the future?

User: I am hopeful for some parts. Checking interactions, managing expiry dates, predicting which medicines will be short, these are real problems here, with the shortages we have had. But I worry that people will skip us completely. In [[Egypt|COUNTRY]] the pharmacy counter is often the first healthcare person people see, because a doctor visit is expensive. If they ask a chatbot instead, some will be harmed. My husband [[Ahmed|PERSON]] is an engineer, and he thinks I am too pessimistic. Maybe.

AI: Do you use these tools outside of work?

User: A little. For my children's homework, to understand the new curriculum, which changed completely. And I use it to write messages in English to my old colleagues in [[Riyadh|CITY]], because my written English became weak after I came back. My elder son is [[ten|AGE]] and he already knows more about these tools than me, which is a little frightening.

AI: Thank you very much. Is there anything else you would like to add, or a number for follow-up?

User: No, thank you. You can reach me on [[٠١٠٠ ٢٣٤ ٥٦٧٨|OBF_PHONE|arabic_indic_digits]], I wrote it in Arabic numbers, I hope that is fine. Please send a message first, I cannot answer calls during the shift.""")

T.append("""AI: Good morning, thanks for talking with me. Could you start by telling me a little about yourself and your work?

User: Morning. Sure. My name's [[Dale Hendricks|PERSON]], I'm [[66|AGE]], and I farm about nine hundred acres of corn and soybeans outside [[Story City|CITY]], [[Iowa|CITY]]. It's [[Hendricks Family Farms|ORGANIZATION]] on the paperwork but really it's me, my wife [[Marlene|PERSON]], and our son [[Kyle|PERSON]], who's been taking over more and more. I've been farming full time since [[1981|DATE]], after I got my ag degree from [[Iowa State|SCHOOL]] and my dad handed me the keys to the old combine, so to speak.

AI: How do AI tools, or computer tools generally, fit into running the farm now?

User: Well, the equipment itself has gotten smart. Our tractors run on GPS guidance, and all the yield data goes into the [[John Deere Operations Center|SOFTWARE]]. That's been going on for fifteen years, we just didn't call it AI back then. The new stuff is the sprayer that's supposed to see weeds and only spray those. We haven't bought one, too rich for my blood, but the neighbor has one and I've been watching. Now as for the chatbots, that's [[Kyle|PERSON]]. He got me using [[ChatGPT|AI_PRODUCT]] [[this past winter|GENERIC_TIME]] for a conservation grant application. Forty pages of government forms. It helped us word the parts about cover crops and soil health, and I'll admit it did a better job than I would have at midnight.

AI: Was there anything it got wrong or that surprised you?

User: It was confident about some program deadlines that turned out to be last year's. Our [[agronomist|JOB_TITLE]] at [[Heartland Co-op|ORGANIZATION]], [[Brenda|PERSON]], caught that. So you've got to check. And I asked it once about a fungicide rate and it gave me a number that was way off the label. I'd never use a chatbot over the label, the label is the law. [[Brenda|PERSON]] says a lot of the younger guys are asking it agronomy questions now and she spends time un-teaching them, as she puts it.

AI: How do you feel about where this is all heading for farming?

User: Mixed. On one hand I'm proud [[Kyle|PERSON]] is good with all this, it's going to make him a better farmer than me in a lot of ways. He can look at a field map and know which drainage tile is broken. On the other hand, every one of these systems wants a subscription, and all our data goes to some company in who knows where. Farming's always been about independence. Now you don't really own your tractor if you can't fix it without the dealer's software. [[Marlene|PERSON]] and I argue about it at supper. She's more for it than me, she does the books in [[QuickBooks|SOFTWARE]] and she loves anything that saves her time.

AI: Is there anything about your own plans that connects to this?

User: I'm supposed to be semi-retiring. We'll see. The plan is [[Kyle|PERSON]] takes over the operation fully by [[2027|DATE]], and I'll just run the grain cart in the [[fall|GENERIC_TIME]] and complain. I think the tech makes that handoff easier, honestly. Everything's in the system, every field's history, so he doesn't need to carry it all in his head the way I did. My grandfather kept it all in a notebook in his overalls.

AI: Thank you so much. Is there anything else you'd like to share, or an address for the thank-you card you mentioned?

User: No, I think you got the gist of it. The mailing address is [[2147 170th Street|ADDRESS]], [[Story City|CITY]], [[Iowa|CITY]] [[50248|ADDRESS]]. Mail's the best way to reach me, I'm not much on the phone in planting season. Appreciate you asking folks like me, most of these surveys only talk to people in [[Des Moines|CITY]] offices.""")

T.append("""AI: Good afternoon, and thank you for participating. Could you introduce yourself and tell me about your role?

User: Good afternoon. My name is [[Grace Tan|PERSON]], I am [[33|AGE]] this year, and I work as an [[HR business partner|JOB_TITLE]] at [[DBS Bank|ORGANIZATION]] in [[Singapore|COUNTRY]]. I support two technology departments, so about four hundred employees. I joined in [[2019|DATE]], after four years at a consulting firm. I graduated from [[NUS|SCHOOL]] with a psychology degree, which people are often surprised by, but it is actually quite useful in HR.

AI: How do AI tools come into your work?

User: Our organisation has been quite proactive. We have an internal assistant built on a large language model, and we also have [[Microsoft Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]]. I use it to summarise meeting notes, draft communications for reorganisations, and prepare first versions of job descriptions. In [[Workday|SOFTWARE]] there are also new features that suggest skills for a role. What we are very careful about is anything involving individual employees: performance ratings, medical leave, grievances. Those must not go into any tool except the approved HR systems.

AI: Could you describe a specific situation where AI helped or raised concerns for you?

User: One concern came up during a hiring exercise last year. A [[hiring manager|GENERIC_ROLE]] in one of my departments wanted to use [[ChatGPT|AI_PRODUCT]] on his own laptop to rank two hundred CVs. I had to stop that, both because of data protection and because of fairness. We have seen studies where these models prefer certain names or universities. My colleague [[Shanti|PERSON]], who leads our talent acquisition analytics, ran a small internal test and found the tool ranked candidates differently when we only changed the name on the CV. That was quite eye-opening for the management team.

AI: How do employees you support feel about AI?

User: There is a lot of anxiety, honestly, especially among staff above fifty, and also among operations staff whose work is quite routine. I run sessions where I try to be honest: some tasks will change, and the bank is investing in reskilling. But I also understand that people have read about layoffs in the technology sector, in the [[United States|COUNTRY]] and elsewhere, and they worry. My [[manager|GENERIC_ROLE]], [[Wei Jie|PERSON]], encourages us to share concrete examples rather than general statements, which helps.

AI: And personally, how do you use these tools outside work?

User: Quite a lot for planning. My husband and I are expecting our first child in [[November|GENERIC_TIME]], and I used it to compare childcare options near our flat in [[Tampines|CITY]]. I also use it to help my mother with government forms, she is more comfortable in Mandarin and Hokkien than in English. I am careful not to put in her personal details. I think in [[Asia|CONTINENT]] generally, families are becoming quite dependent on the younger generation to explain technology, and AI is now part of that.

AI: Thank you. Is there anything you would like to add, and how should we contact you?

User: I think that is all. Please use my personal email, [[grace.tan.hm@gmail.com|EMAIL_ADDRESS]], rather than my work address. Our compliance team is quite strict about research participation through corporate channels. Thank you, this was a good reflection exercise.""")

T.append("""AI: Kia ora, thanks for making time. Could you tell me a bit about yourself and what you do?

User: Kia ora. Yeah, I'm [[Hemi Walker|PERSON]], [[48|AGE]], I'm a [[site foreman|JOB_TITLE]] for [[Fletcher Construction|ORGANIZATION]], been with them since [[2004|DATE]]. Started on the tools as a labourer back in [[1995|DATE]] when I was a skinny teenager. Right now I'm running a site in [[Manukau|CITY]], it's a mid-rise apartment build, six storeys. We've got about eighty workers on site on a busy day, plus subbies coming and going. Live out in [[Papakura|CITY]] with the missus and three kids.

AI: How do AI tools come into your work on site, if at all?

User: A bit more than I expected. All our site stuff is on [[Procore|SOFTWARE]] now, the drawings, the RFIs, the daily diaries. I do the diary every night on the iPad. Last year our [[site engineer|JOB_TITLE]], [[Tevita|PERSON]], showed me how to use [[ChatGPT|AI_PRODUCT]] to turn my notes into a proper toolbox talk. Like I'll say, working at height, scaffold changes on level four, wind forecast, and it gives me a tidy ten-minute talk. I change it up, put it in my own words, because the boys can tell when you're reading off a script. But it saves me a good half hour in the morning.

AI: Can you think of a time it didn't work out well?

User: Yeah, once it gave me some rule about scaffold tie spacing that sounded legit and it wasn't what our scaffolding standard says. Lucky our [[safety advisor|JOB_TITLE]], [[Rachel Ngata|PERSON]], was reading the talk before I gave it. She went off at me a bit, fair enough. In construction, if you get something wrong, someone can die. So now anything to do with safety rules I check with [[Rachel|PERSON]] or the actual [[WorkSafe|ORGANIZATION]] guidance. I use the AI for the wording, not the facts.

AI: How do the workers on site feel about these tools?

User: The young ones are into it. Some of the apprentices use it for their study, for their unit standards, which I reckon is fine if they actually learn it. The older fellas, they don't care, they just want the concrete to turn up on time. We've got a lot of boys from [[Tonga|COUNTRY]] and [[Samoa|COUNTRY]] and the [[Philippines|COUNTRY]], and translation has helped a bit with safety stuff. My [[project manager|GENERIC_ROLE]] is keen on anything that speeds up the paperwork, and honestly paperwork is half my job now.

AI: Where do you see things going in your industry?

User: Programming and planning, definitely, AI will be big there. Working out sequences, clashes in the drawings, all that. The actual building, not for a long time. You can't get a robot to deal with a muddy site in [[Auckland|CITY]] in the middle of [[July|GENERIC_TIME]]. My daughter [[Mereana|PERSON]] is studying architecture at [[AUT|SCHOOL]] and she uses these design tools that spit out floor plans, it blows my mind. But she says you still have to know what a good building is.

AI: Thanks, [[Hemi|PERSON]]. Anything else, or a number we can reach you on?

User: Nah that's about it. My number's [[021 448 3920|PHONE_NUMBER]], text first, I'm usually on site and can't hear a thing. Cheers, good luck with the research.""")

T.append("""AI: Hi, thanks for joining! Could you tell me a bit about yourself and what you do?

User: hi :) sure. im [[Nour Haddad|PERSON]], [[23|AGE]], i study computer science at [[TU Berlin|SCHOOL]] and i work part time at [[dm|ORGANIZATION]], the drugstore, in a branch in [[Neukölln|CITY]]. like 15 hours a week, mostly evenings and saturdays. i came to [[Germany|COUNTRY]] from [[Syria|COUNTRY]] with my family in [[2015|DATE]] when i was [[14|AGE]], so my german is good but writing formal german still stresses me sometimes

AI: How do AI tools come into your job at the store?

User: at the store not much honestly, its cashier, restocking shelves, helping customers find stuff. the company has its own app for the staff schedule and theres some automatic ordering thing in the background but i dont see it. where i use AI is more around the job. like when i had to write an email to my [[store manager|GENERIC_ROLE]] to change my hours for exam period, i wrote it in my german and then asked [[chatgpt|AI_PRODUCT]] to make it more polite. german emails have so many rules lol. and my colleague [[Hope|PERSON]], shes from [[Nigeria|COUNTRY]] and still learning german, i helped her use [[deepl|AI_PRODUCT]] to translate the safety instructions for the chemicals in the storage room

AI: What about your studies?

User: thats where i use it the most. for programming we are allowed to use [[copilot|AI_PRODUCT]] in some courses but not in exams. i use it to explain error messages and sometimes to understand lecture slides when the [[prof|GENERIC_ROLE]] explains badly haha. i also use [[notion|SOFTWARE]] for all my notes and it has AI built in now which summarises stuff. but my friend [[Jonas|PERSON]] always says if you dont struggle you dont learn, and i think hes partly right. last semester i relied on it too much in one course and then the oral exam was really hard because i couldnt explain my own code

AI: Has AI come up in any other part of your life, for example with your family?

User: yes a lot actually. my parents still struggle with all the german bureaucracy, letters from the jobcenter, the tax office, the landlord. before i had to translate everything myself. now my dad sometimes takes a photo of the letter and asks the chatbot in arabic what it means. its not always right but it helps him understand roughly before he calls me. my little brother [[Yusuf|PERSON]] who is [[16|AGE]] uses it for literally all his homework which my mum doesnt know about haha

AI: How do you think AI will affect the kind of work you want to do?

User: im a bit worried to be honest. everyone says junior programmer jobs are disappearing. i want to do something with data privacy or security maybe, because i feel like thats more important now with all these tools collecting data. [[Hope|PERSON]] and i talk about this at work during breaks, she wants to become a nurse and she says at least robots cant do her job. i hope shes right

AI: Thank you, [[Nour|PERSON]]. Anything you'd like to add, or an address for follow-up?

User: no i think thats everything! my email is [[nour.haddad (ät) posteo (punkt) de|OBF_EMAIL|german_at_punkt]], i write it like that because of spam bots, im sure you understand as a computer person haha. thanks for the interview""")

T.append("""AI: Good morning! Thank you for joining. Could you start by introducing yourself?

User: Good morning, happy to. I'm [[Deborah Kowalczyk|PERSON]], everyone calls me [[Deb|PERSON]]. I'm [[57|AGE]] and I've been the [[front desk coordinator|JOB_TITLE]] at [[Kingsway Family Dental|ORGANIZATION]] in [[Burnaby|CITY]] since [[2010|DATE]]. Before that I was a [[bank teller|JOB_TITLE]] for almost twenty years, so I've seen a few rounds of new computer systems, let me tell you. It's a practice with three dentists and four hygienists, and I basically keep the schedule, the insurance claims, and the patients all moving.

AI: How do AI tools come into your work at the practice?

User: Well, the biggest thing recently is that Dr. [[Sandhu|PERSON]], who owns the practice, signed up for a trial of an AI phone answering service. It picks up after hours and books appointments directly into [[Dentrix|SOFTWARE]]. I was skeptical, I'll be honest. It double-booked a root canal on a [[Thursday|GENERIC_TIME]] in the first week and I had two very unhappy people in the waiting room. It's gotten better since then. For myself, I use [[ChatGPT|AI_PRODUCT]] for writing, like the letters about insurance changes or the notice we put up when we changed our hours. My niece [[Kristen|PERSON]] set it up for me on my computer at home.

AI: Could you tell me more about how you decide what to use it for?

User: I have a simple rule: nothing with a patient's name, birth date, or health information goes in. Ever. We're very strict about privacy in [[British Columbia|CITY]], and frankly I'd be mortified. So I use it for the general stuff, the templates. Then I add the details myself in [[Dentrix|SOFTWARE]]. Our [[hygienist|JOB_TITLE]] [[Priya Gill|PERSON]] uses it to make patient education handouts, like how to floss around implants, and Dr. [[Sandhu|PERSON]] reviews those before they go out. The younger staff use it far more than I do, but I'm catching up.

AI: How do you feel about the AI phone system, now that you've lived with it a while?

User: I have mixed feelings. On one hand, it means we don't miss calls at night, and that's real money for the practice. On the other hand, a lot of our patients are elderly, and they call because they're nervous, or in pain, and they want a human voice. Mrs. ... no, I shouldn't say names. One lovely lady hung up on it three times and then came in person to book. I think there's a risk that the front desk becomes seen as something a machine can do, and that's not what the job really is. Half of it is calming people down.

AI: Are you thinking about your own future in the role?

User: I'm planning to retire at [[62|AGE]], so about five years. I'll probably train my replacement, and I suspect the job will be quite different by then. My husband [[Walt|PERSON]] retired from the city last year and he keeps telling me to come and golf with him. Not yet.

AI: Thank you, [[Deb|PERSON]]. For the honorarium, I think the form asked for a couple of details?

User: Oh yes, the form said you need my SIN for the tax slip. It's [[532 418 907|NATIONAL_ID]]. And the cheque can go to the office, [[4410 Kingsway|ADDRESS]], [[Burnaby|CITY]], [[V5H 2A9|ADDRESS]], attention me. I trust you'll keep all that safe. Thanks so much, this was fun.""")

T.append("""AI: Good afternoon, thank you for joining. Could you introduce yourself and tell me about your work?

User: Good afternoon. I'm [[Chiamaka Eze|PERSON]], I'm [[36|AGE]], and I'm a [[freelance journalist|JOB_TITLE]] based in [[Lagos|CITY]], in [[Yaba|CITY]] to be precise. I cover business and technology mostly, fintech, startups, the informal economy. I write regularly for [[TheCable|ORGANIZATION]] and I do longer features for a couple of international outlets when they commission me. I've been freelance since [[2018|DATE]]; before that I was a staff reporter at [[BusinessDay|ORGANIZATION]] for five years, right after I finished mass communication at [[UNILAG|SCHOOL]].

AI: How do AI tools come into your work as a journalist?

User: Transcription is the big one. I do a lot of interviews, sometimes two hours long, and transcribing used to eat my weekends. Now I use [[Otter|AI_PRODUCT]] for English interviews. It struggles with Nigerian accents and with Pidgin, so I still go through everything, but it gets me sixty, seventy percent of the way. I also use [[ChatGPT|AI_PRODUCT]] to brainstorm angles or to explain a technical thing, like how a particular payment rail works, before I call an expert. But I never let it write my copy. My name is on the byline.

AI: Have you had concerns about using these tools in journalism?

User: Several. The first is source protection. If a whistle-blower tells me something sensitive and I upload that recording to a cloud service in the [[US|COUNTRY]], where does it go? So for sensitive interviews I transcribe by hand, the old way. The second is accuracy. Early on I asked a chatbot for background on a [[Lagos|CITY]] fintech and it invented a funding round that never happened, with a specific figure. If I had used that, my reputation would be finished. My [[editor|JOB_TITLE]] at [[TheCable|ORGANIZATION]], [[Tunde|PERSON]], now asks freelancers to declare if AI was used in research, which I think is fair.

AI: How do you see AI affecting the media industry where you are?

User: It's already affecting it. Some content farms here are publishing AI-generated articles at scale, rewriting real reporting without credit. Some of my own stories have been copied like that. At the same time, for small newsrooms with no money, these tools help them do more with three people instead of ten. My friend [[Ifeoma|PERSON]], who runs a small community news site in [[Enugu|CITY]], uses it to translate stories into Igbo, and that's reaching people who never read news in English. So it's complicated. I also worry about deepfakes before the next elections. We saw some audio clips during the last campaign that were clearly manipulated.

AI: Do you use these tools in your personal life?

User: Occasionally. I used it to plan my sister's wedding budget, which was a nightmare either way. And my mother, who is [[sixty-eight|AGE]], has started asking me if things she sees on [[WhatsApp|SOFTWARE]] are real, which I think is the real media literacy crisis, not just AI.

AI: Thank you so much. Is there anywhere people can find your work, and how can we reach you?

User: My portfolio is at [[chiamakaeze.com|URL]], and I'm [[@chiamaka_writes|SOCIAL_HANDLE]] on [[X|SOFTWARE]]. For calls, my number is [[O8O3 551 229O|OBF_PHONE|letter_o_for_zero]]. I type it with the letter O because of scrapers, so adjust when you dial. Thank you, this was good.""")

T.append("""AI: Good morning, and thanks for taking part. Could you introduce yourself and your role?

User: Good morning. I'm [[Raymond Delgado|PERSON]], most folks call me [[Ray|PERSON]]. I'm [[61|AGE]], and I'm a [[senior claims adjuster|JOB_TITLE]] with [[State Farm|ORGANIZATION]] here in the [[Chicago|CITY]] area. I started with the company in [[1988|DATE]], right out of [[Loyola|SCHOOL]], so thirty-six years now. I handle auto and property claims, mostly the more complicated ones, big water losses, fires, disputed liability. I live in [[Oak Park|CITY]] and cover most of the western suburbs.

AI: How have AI tools changed your work?

User: Quite a bit in the last few years. On the auto side, a lot of minor damage claims are now estimated from photos the customer takes on their phone. The software looks at the pictures and produces an estimate, and for a lot of simple dents and bumpers it's pretty accurate. That used to be a big part of what junior adjusters did. For my work, we use [[Guidewire|SOFTWARE]] for claims management, and recently the company piloted an assistant that summarizes the claim file, all the notes, the photos, the correspondence. On a file with two hundred documents, that's a real help. Everything I sign goes out under my adjuster license, number [[3002184|NATIONAL_ID]], so I still read everything that matters.

AI: Can you describe a case where the AI was helpful or where you disagreed with it?

User: Sure. We had a house fire in [[Berwyn|CITY]] last [[February|GENERIC_TIME]], a family with small kids. The system flagged the claim as possible fraud because of some pattern in the timing, the policy had been increased a few months before. I went out there, talked to the family, talked to the fire department. It was a space heater, plain and simple. They'd increased the coverage because they'd just finished a basement. If somebody had just followed the flag, that family would have waited months for their money. I told my [[supervisor|GENERIC_ROLE]], [[Lakisha Grant|PERSON]], and she escalated it to the analytics team so they could look at the model.

AI: How do your younger colleagues approach these tools compared with you?

User: They're faster with the technology, no question. But I worry some of them trust the numbers too much. Adjusting is about judgment, about looking someone in the eye. I've been mentoring a young man named [[Marcus|PERSON]], sharp kid, and I keep telling him, the estimate is a starting point, not the answer. On the other hand, he showed me how to use [[Copilot|AI_PRODUCT]] to draft my reports in half the time, so we teach each other. That's how it should be.

AI: Looking ahead to retirement, how do you feel about where the profession is going?

User: I'm planning to retire at the end of [[2025|DATE]]. I think the profession will shrink, honestly. The simple claims will be fully automated, maybe they already are. What's left will be the complex stuff and the human conversations, and that needs experienced people. I'm not sure the industry is training enough of them. My daughter [[Elena|PERSON]] is a nurse up in [[Milwaukee|CITY]] and she sees the same thing in healthcare, machines doing the easy part and humans stretched thin on the hard part.

AI: Thank you, [[Ray|PERSON]]. Anything you'd like to add, or an email for follow-up?

User: Just that I hope people remember there's a family behind every claim. Email's [[rdelgado63 AT yahoo DOT com|OBF_EMAIL|caps_at_dot]]. I check it most evenings. Thanks for listening to an old-timer.""")

T.append("""AI: Good afternoon. Thank you for joining. Could you tell me about yourself and your work?

User: Good afternoon. I'm [[Teresa Rocha|PERSON]], I'm [[50|AGE]], and I'm a [[certified accountant|JOB_TITLE]], self-employed, here in [[Lisbon|CITY]]. I have a small office near [[Martim Moniz|CITY]], just me and a part-time assistant, [[Filipa|PERSON]]. I've been on my own since [[2012|DATE]], after the crisis, when the firm I worked for closed. My clients are small businesses: several restaurants in [[Alfama|CITY]], a few guest houses, a surf school in [[Ericeira|CITY]], and many individual freelancers who need help with their taxes.

AI: How, if at all, do AI tools come into your work?

User: More and more. The accounting software I use, [[TOConline|SOFTWARE]], now reads invoices automatically and suggests the classification. This has changed my month completely. Before, [[Filipa|PERSON]] was typing invoices for days. Now she checks what the machine proposes. I also use [[ChatGPT|AI_PRODUCT]] to help me explain tax rules to foreign clients. I have many clients now from [[Brazil|COUNTRY]], the [[United Kingdom|COUNTRY]], [[Germany|COUNTRY]], digital nomads and so on, and they don't understand the Portuguese system at all. I write the explanation in Portuguese and ask it to make a clear English version, then I correct it. It is not perfect, it sometimes uses British tax words that mean something else here, but it saves me a lot of time, and the clients appreciate having something in writing that they can read twice.

AI: Can you give an example of where it helped or caused a problem?

User: A problem, yes. A client, an English gentleman who runs a guest house, asked a chatbot about the special tax regime for non-habitual residents and received an answer that was out of date. The regime changed, and he made decisions based on the old rules. He came to me very angry, as if it were my fault. It took two meetings to calm him down. Now I always tell clients: ask me first, not the machine. On the good side, I use it with [[Excel|SOFTWARE]] to build formulas for reconciliations that I would never have figured out alone.

AI: How do you see the profession changing?

User: The data entry part is disappearing, that is clear. What remains is advice and responsibility. I sign the accounts, I am responsible before the tax authority. A machine cannot sign. But for young people entering the profession it is difficult, because the simple work where you learned is gone. My son [[Rui|PERSON]] is studying economics at [[Universidade do Porto|SCHOOL]], and I told him not to become an accountant like his mother, become something that talks to people. He laughed. My husband says I should retire early and open a little café in the [[Alentejo|CITY]], but who would do his taxes then?

AI: Thank you. Just a couple of practical things: for the honorarium invoice, what details should we use?

User: Yes, of course. The invoice should have my NIF, which is [[218 447 063|NATIONAL_ID]], and the office address is [[Rua da Palma 212, 3.º Esq.|ADDRESS]], [[1100-394|ADDRESS]] [[Lisboa|CITY]]. You can send it to [[teresa.rocha.contas@sapo.pt|EMAIL_ADDRESS]]. Please put the reference of your study in the description, otherwise I lose track of these things.

AI: Perfect, thank you very much.

User: It was my pleasure. Good luck with your research.""")

T.append("""AI: Hi, thank you for joining. Could you introduce yourself and tell me about your job?

User: Hello. My name is [[Park Ji-woo|PERSON]]. I am [[28|AGE]] years old, and I work as a [[research associate|JOB_TITLE]] in process development at [[Samsung Biologics|ORGANIZATION]] in [[Songdo|CITY]], [[Incheon|CITY]]. I joined in [[March 2022|DATE]] after finishing my master's degree in bioengineering at [[KAIST|SCHOOL]]. My work is mostly cell culture experiments and analysing the data, to improve how we produce antibodies at large scale.

AI: How do AI tools come into your work?

User: In the lab itself, we must be very careful, because everything is regulated and documented. We record experiments in [[Benchling|SOFTWARE]], and there is no AI writing inside the official records. But around the work, I use it a lot. For example, reading papers. I use [[ChatGPT|AI_PRODUCT]] to summarise methods sections, and sometimes [[CLOVA X|AI_PRODUCT]], the Korean one, when I want to explain something to my team in Korean. Also for writing Python scripts to process data from the bioreactors. I am not a programmer, so this has really changed what I can do alone.

AI: Could you tell me about a time it helped, or went wrong?

User: The script part helped a lot. Last year I needed to compare growth curves from forty runs, and my [[senior|GENERIC_ROLE]], [[Jae-hyun|PERSON]] sunbae, was on leave. I asked [[ChatGPT|AI_PRODUCT]] to help me write the code and I finished in two days, which would have taken me two weeks before. Something that went wrong: I asked it to find references for a protocol and it gave me a paper with authors and journal name, very realistic, but the paper did not exist. I showed it to my [[team lead|GENERIC_ROLE]], Dr. [[Choi Eun-jung|PERSON]], and she said this is why we check every citation. Now it is a joke in our team, when something sounds too good, we say, did [[ChatGPT|AI_PRODUCT]] write this paper?

AI: That's a useful lesson. How does your company approach AI use?

User: No problem. The company has an internal policy. We cannot put any process data or confidential information into public AI tools. There is an approved internal tool, but it is slower and less smart, so people are a bit frustrated. Dr. [[Choi|PERSON]] reminds us at every monthly meeting. I understand the reason. In bio, one leaked process can be worth a lot of money. I think in [[Korea|COUNTRY]] companies are quite strict compared with startups in the [[US|COUNTRY]], where my friend from [[KAIST|SCHOOL]] works and they use everything freely.

AI: How do you see your career developing with these tools?

User: I hope AI will help with the boring analysis, so I can spend more time designing experiments. Maybe in the future, AI will suggest the experiments too. That is a bit scary. I am thinking about doing a PhD, maybe abroad, in [[Boston|CITY]] or [[Switzerland|COUNTRY]], in computational biology, because I feel the combination of lab and data will be important. My parents in [[Daejeon|CITY]] want me to stay in a stable company, so we will see.

AI: Thank you very much. Is there an email we can use for follow-up?

User: Yes. It is [[ｊｉｗｏｏ．ｐａｒｋ９３＠ｎａｖｅｒ．ｃｏｍ|OBF_EMAIL|fullwidth_chars]]. Sorry, my keyboard was in Korean mode, so the letters are wide. I hope it still works. Thank you for the interview.""")

T.append("""AI: Hi! Thanks for joining us. Can you tell me a bit about yourself and what you do?

User: hi po! im [[Kristine Villanueva|PERSON]] but everyone calls me [[Tin|PERSON]]. im [[30|AGE]] and im a [[team leader|JOB_TITLE]] at [[Teleperformance|ORGANIZATION]] in [[Cebu IT Park|CITY]]. i handle around 18 agents on a [[US|COUNTRY]] telco account, customer care and billing. i started as an agent in [[2016|DATE]] right after graduating from [[University of San Carlos|SCHOOL]], got promoted in [[2020|DATE]] during the pandemic. night shift of course, bc of the [[US|COUNTRY]] time zones

AI: How do AI tools come into your work?

User: a lot now! our system has an AI assist inside [[Genesys|SOFTWARE]] that listens to the call and suggests answers to the agent in real time, like if the customer asks about a roaming charge it pops up the steps. its helpful for new hires but sometimes it suggests the wrong thing and the agent just reads it, then the customer gets more mad haha. also QA is partly automated now, the AI scores all the calls, before our QA person could only listen to like 5 calls per agent per week

AI: Can you give a specific example where it helped or caused trouble?

User: yes one of my agents, [[Jomar|PERSON]], got a low score from the AI bc it said he didnt show empathy on a call. but i listened to the call and the customer was really cursing at him and [[jomar|PERSON]] stayed calm the whole time, i think he did great. the AI just counted if he said the empathy phrases. so i disputed it with our [[operations manager|GENERIC_ROLE]] and we got it changed. on the helpful side, i use [[ChatGPT|AI_PRODUCT]] to write coaching notes, like i put in what i observed without the name and it helps me phrase it nicely so its not too harsh. filipinos dont like direct criticism haha

AI: Thanks for sharing that. How do your agents feel about AI overall?

User: overall mixed. some are worried bc they hear the clients want to replace agents with voicebots. actually our account already has a bot for simple stuff like balance inquiry. my friend [[Bea|PERSON]] from another account got moved bc their line of business was reduced. so people are scared, esp the ones supporting a family. me too honestly, my mama in [[Bohol|CITY]] depends on my salary and my younger brother is still studying

AI: Where do you see your own career going?

User: i want to move to training or workforce management, something that works with the AI instead of being replaced by it haha. the company has upskilling programs and i joined one for data analytics using [[Power BI|SOFTWARE]]. i think the BPO industry in the [[Philippines|COUNTRY]] will survive but it will be smaller and more complex calls only. we have to adapt

AI: Thank you, [[Tin|PERSON]]. Any way to reach you for follow-up?

User: sure! you can message me on [[fb|SOFTWARE]], [[facebook.com/tin.villanueva.ph|URL]], or text [[０９１７ ５５２ ８８３０|OBF_PHONE|fullwidth_digits]]. sorry my phone keyboard does weird wide numbers sometimes. i reply in the afternoon bc i sleep in the morning after shift. thank you po!""")

if __name__ == "__main__":
    for i, raw in enumerate(T, 1):
        text, _ = build(raw.strip())
        n = len(text.split())
        print("words", i, n, "" if 500 <= n <= 1100 else "<<< OUT OF RANGE")
    write_set(T, "set_aj")
