import sys
from markup import write_set, build
T = []

# 1 — Lisbon, real estate agent
T.append("""AI: Thanks for making time today. To start, could you tell me a bit about yourself and what your job involves?

User: Sure. I'm [[Inês Carvalho|PERSON]], I'm [[34|AGE]], and I've been a [[real estate agent|JOB_TITLE]] with [[Casa Luz Imóveis|ORGANIZATION]] since [[2017|DATE]]. We're a small agency in [[Alfama|CITY]], in [[Lisbon|CITY]], mostly apartments in old buildings, and a lot of our buyers come from [[France|COUNTRY]] and the [[United States|COUNTRY]]. My day is basically viewings, phone calls, paperwork, and then more phone calls.

AI: How does AI fit into that day, if at all?

User: Quite a lot now, honestly. I use [[ChatGPT|AI_PRODUCT]] to write the listing descriptions in three languages. I give it my raw notes, like two bedrooms, original azulejos, no lift, fourth floor, which in [[Alfama|CITY]] is basically a gym membership, and it gives me something I can tidy up. Before, I would lose a whole [[Sunday evening|GENERIC_TIME]] on that. Then everything goes into [[Pipedrive|SOFTWARE]], which is our CRM, and the photos go out over [[WhatsApp|SOFTWARE]]. I also use [[Canva|SOFTWARE]] for the little flyers we put in the window.

AI: Do you ever put client information into [[ChatGPT|AI_PRODUCT]]?

User: That's the part I try to be careful about. Try. Dona [[Fátima Leal|PERSON]], who owns the agency, told us back in [[January|GENERIC_TIME]]: no names, no tax numbers, nothing from the passports in the chatbot. But last month I had a couple from [[Lyon|CITY]], [[Mathilde|PERSON]] and [[Olivier Dubois|PERSON]], and I was so tired I pasted the whole email thread in to get a summary of what they wanted. The thread had [[Olivier|PERSON]]'s passport scan attached in the text, the number and everything. I only noticed the next morning. [[Rui|PERSON]], my [[colleague|GENERIC_ROLE]], said it's fine, nobody reads it, but I don't know that, and neither does he.

AI: [[Rui|PERSON]] works with you at [[Casa Luz|ORGANIZATION]]?

User: Yes, he's been at [[Casa Luz|ORGANIZATION]] longer than me, maybe twelve years. He's more old school. He uses [[Gemini|AI_PRODUCT]] on his phone, mostly to translate when a German buyer calls, and he talks to it out loud in the office, which is very funny. He will say the client's full name and the address of the flat into the phone while walking around. So I think we are both not perfect.

AI: People in your line of work share contact details constantly. How do you handle your own?

User: My mobile is on every listing, [[+351 913 402 877|PHONE_NUMBER]], so that one is public anyway, I accept it. The office is at [[Rua dos Remédios 112|ADDRESS]], next to the tram stop, people just walk in. But the email I write in a strange way on [[Instagram|SOFTWARE]], like [[ines ponto carvalho arroba casaluz ponto pt|OBF_EMAIL|portuguese_arroba_ponto]], because when I wrote it normally I got so much spam from bots, offers for fake buyers, crypto, everything. My [[Instagram|SOFTWARE]] is [[@ines.casas.lisboa|SOCIAL_HANDLE]], and that is where most of the French clients find me, strangely. Not on the portals. AI has changed how I talk to clients a little, too. For the first message I sometimes ask [[ChatGPT|AI_PRODUCT]] to make it warmer, because my English can be a bit direct. The [[notary|GENERIC_ROLE]] and the [[lawyer|GENERIC_ROLE]] I still write to myself, because there the details matter and I don't want a machine inventing a date for a deed. One time it wrote "see you at the signing on [[Thursday|GENERIC_TIME]]" and the signing was on a [[Tuesday|GENERIC_TIME]]. Small thing, but in this job small things are the whole job.

AI: Is there anything about the tools that worries you, beyond the privacy side?

User: Maybe that everyone's listings now sound the same. I saw a video of [[Sam Altman|PUBLIC_FIGURE]] saying these tools will make everyone more creative, and I laughed, because every flat in [[Lisbon|CITY]] is now "a sun-drenched sanctuary with soul". Mine too! So I started adding one real sentence of my own in every description, something I noticed in the flat. The clients from [[Brazil|COUNTRY]] especially, they tell me they can feel when it's written by a person. What I'd want from the agency is simple. Give us one proper tool with a contract, so I know where the data goes, instead of everyone using their own free account. And some training, short, not a whole day. I would go. I think [[Rui|PERSON]] would even go, if there is coffee.""")

# 2 — Bengaluru, tech recruiter
T.append("""AI: Hi, thanks for joining. Could you start by describing your role?

User: Hi! I'm [[Lakshmi Venkatesan|PERSON]], [[29|AGE]], and I'm a [[senior talent acquisition specialist|JOB_TITLE]] at [[Quillwork Technologies|ORGANIZATION]]. We're a product company, around 600 people, headquartered in [[Koramangala|CITY]] in [[Bengaluru|CITY]], with a smaller office in [[Pune|CITY]]. I mostly hire backend engineers and data people. I joined in [[August 2021|DATE]], right after my MBA from [[Christ University|SCHOOL]]. A typical week is chaos, but organised chaos. [[Monday mornings|GENERIC_TIME]] I sync with the [[hiring managers|GENERIC_ROLE]], then the rest of the week is sourcing, screening calls, coordinating interviews. I live inside [[LinkedIn Recruiter|SOFTWARE]] and [[Naukri|SOFTWARE]], and our ATS is [[Zoho Recruit|SOFTWARE]]. On a heavy week I'm doing maybe forty screening calls.

AI: Where does AI come in?

User: Everywhere, honestly. I use [[ChatGPT|AI_PRODUCT]] to write job descriptions and outreach messages, and the company gave us [[Microsoft Copilot|AI_PRODUCT]] last year, so I use that in [[Teams|SOFTWARE]] to summarise interview debriefs. The debriefs are the big win. Earlier, [[Sandeep|PERSON]], he's one of the [[engineering managers|GENERIC_ROLE]], would send me a voice note of six minutes and I'd have to type the feedback into [[Zoho|SOFTWARE]] myself. Now [[Copilot|AI_PRODUCT]] gives me the summary and I just check it.

AI: Do candidate details go into those tools?

User: Yes, and I know that's the grey area. Like, last week I was comparing two finalists for a platform role, a [[Java developer|JOB_TITLE]] named [[Arjun Pillai|PERSON]] and a woman from [[Hyderabad|CITY]], [[Nazia Rahman|PERSON]]. I pasted both CVs into [[ChatGPT|AI_PRODUCT]] and asked it to make a comparison table. The CVs have everything: phone numbers, home addresses, date of birth, sometimes even the PAN number, which I don't know why people put on a CV. [[Arjun|PERSON]]'s had his personal email, [[arjun.pillai.dev@gmail.com|EMAIL_ADDRESS]], right on top. I didn't strip any of it. Our [[compliance team|GENERIC_ROLE]] would not be happy hearing this.

AI: Has anyone at [[Quillwork|ORGANIZATION]] talked to you about that?

User: There was one email from the [[CISO|GENERIC_ROLE]] saying use [[Copilot|AI_PRODUCT]], not personal [[ChatGPT|AI_PRODUCT]], because of data residency. But [[Copilot|AI_PRODUCT]] is slower for writing, so people use both. My [[manager|GENERIC_ROLE]], [[Deepa|PERSON]], she uses [[ChatGPT|AI_PRODUCT]] for salary benchmarking, which, okay, is less sensitive. I think everyone just decides for themselves.

AI: You mentioned sharing contact details a lot. How does that work for you?

User: So recruiters give their number to everybody, that's the job. My work email is [[lakshmi.v@quillwork.in|EMAIL_ADDRESS]], normal. But in my [[LinkedIn|SOFTWARE]] headline I put my [[WhatsApp|SOFTWARE]] number with spaces, [[9 8 4 5 0 - 6 6 2 1 7|OBF_PHONE|spaced_digits]], because some scraper tools pick it up otherwise and then I get calls from loan agents at [[9 p.m.|GENERIC_TIME]] Candidates are smart, they figure it out. My profile is [[linkedin.com/in/lakshmi-venkatesan-ta|URL]] if you want to see what I mean. What I don't use AI for: rejection calls. I always do those myself. Also offer negotiation. Once I asked [[ChatGPT|AI_PRODUCT]] to draft a counter-offer message and it was so corporate, the candidate replied "is this a bot?" Ha. Also, for internal things like my employee ID, [[QW-40317|NATIONAL_ID]], which I need for the HR portal, I never paste that anywhere, it's just muscle memory now.

AI: How do you see the next couple of years for recruiters like you?

User: Honestly a bit scared. Everyone shares those posts from [[Satya Nadella|PUBLIC_FIGURE]] about AI agents doing the whole hiring loop. But in [[India|COUNTRY]] so much hiring is relationships, people calling people. A good candidate in [[Bengaluru|CITY]] gets ten calls a day. They pick the recruiter they trust. An agent can send messages, but can it make [[Nazia|PERSON]] trust us enough to leave her current company? I don't think so, not yet. So I'm learning the tools, but I'm also keeping my phone charged.""")

# 3 — Manchester, commercial insurance broker
T.append("""AI: Thanks for agreeing to talk. Could you introduce yourself and your work?

User: Course. [[Gareth Pryce|PERSON]], I'm [[52|AGE]], [[commercial insurance broker|JOB_TITLE]], been at [[Pennine Risk Partners|ORGANIZATION]] since [[1998|DATE]], which makes me furniture at this point. We're based in [[Didsbury|CITY]], south [[Manchester|CITY]], and we do a lot of small and medium firms: hospitality, trades, a couple of care homes. I'm originally from [[Swansea|CITY]], hence the accent you're probably trying to place.

AI: How did you start using AI tools at work?

User: Reluctantly. Our [[operations director|GENERIC_ROLE]] rolled out [[Microsoft Copilot|AI_PRODUCT]] last autumn, so it's in [[Outlook|SOFTWARE]] and [[Word|SOFTWARE]] now. Our broking system is [[Applied Epic|SOFTWARE]], and there's no AI in that, or if there is I haven't found it. Mostly I use [[Copilot|AI_PRODUCT]] to summarise long email chains with [[insurers|GENERIC_ROLE]] and to draft renewal letters. A renewal letter used to take me twenty minutes. Now it's five, plus the five I spend taking the American spellings out.

AI: Can you give me an example of where it really helped?

User: Yeah. We had a claim for [[Holt's Bakehouse|ORGANIZATION]], they've got four shops round [[Stockport|CITY]], and one of their ovens caught fire. The [[owner|GENERIC_ROLE]], [[Dennis Holt|PERSON]], he sent me about thirty emails over a weekend, photos, invoices, voice notes, his [[accountant|GENERIC_ROLE]] copied in. I asked [[Copilot|AI_PRODUCT]] to pull out a timeline and a list of what the [[loss adjuster|GENERIC_ROLE]] would need. Saved me half a day. Then [[Bernadette|PERSON]], our [[claims handler|JOB_TITLE]], checked it against the policy wording, because I don't trust it with the exclusions. Why not the exclusions? Because it's confident. It told me the policy covered business interruption for twelve months when the schedule said six. If [[Bernie|PERSON]] hadn't caught that, I'd have told [[Dennis|PERSON]] something wrong and that's an E and O claim against us. So the rule in my head is: summaries yes, coverage advice no.

AI: You deal with a lot of contacts. How do you share your own details?

User: I'm old-fashioned, I give out my mobile to anyone. But I got sick of the spam texts, so on my email signature and on our website profile I write it out in words now: [[oh-seven-seven-one-two, four-double-six, nine-oh-three|OBF_PHONE|number_words]]. My son said that'd stop the robots. Don't know if it does, but the "your parcel is held" texts have dropped off. Email's just [[g.pryce@penninerisk.co.uk|EMAIL_ADDRESS]], and the office is [[14 Barlow Moor Road|ADDRESS]], [[Didsbury|CITY]], [[M20 6TR|ADDRESS]], if anyone wants to pop in, which nobody does anymore.

AI: Do clients ever ask whether you use AI on their information?

User: One did. The [[manager|GENERIC_ROLE]] at one of the care homes, [[Precious Ndlovu|PERSON]], lovely woman, asked me straight out if I put residents' data into "that [[ChatGPT|AI_PRODUCT]]". I said no, and it was true, because I use [[Copilot|AI_PRODUCT]] and not [[ChatGPT|AI_PRODUCT]], but I felt a bit slippery saying it. She'd read something by [[Martin Lewis|PUBLIC_FIGURE]] about scams and got worried. Fair enough. Since then I'm more careful: I strip names out of anything to do with residents.

AI: What would make you more comfortable with these tools?

User: Clear rules from the [[insurers|GENERIC_ROLE]] and from the regulator. At the moment everyone's making it up. Our [[compliance officer|GENERIC_ROLE]] sent round a policy in [[March|GENERIC_TIME]], two pages, basically "use common sense". That's fine for me after twenty-six years, but we've got a [[trainee|GENERIC_ROLE]] who's been here since [[January 2024|DATE]] and she uses it for everything, including things I wouldn't. I'd like someone to tell her, not me, because she already thinks I'm a dinosaur. I'll say this, though: it's helped more than I expected. I thought it was a gimmick, like the fax-to-email thing years back. It's not. But it doesn't know [[Dennis|PERSON]], and it doesn't know that when he says "it's urgent" he means [[Friday|GENERIC_TIME]], and when [[Bernadette|PERSON]] says it's urgent, it's an hour ago.""")

# 4 — Mexico City, event planner
T.append("""AI: Hola, thanks for being here. Could you tell me about yourself and your work?

User: Of course! I'm [[Valeria Ortiz Benítez|PERSON]], I'm [[forty-one|AGE]], and I'm an [[event planner|JOB_TITLE]], weddings and corporate events. I run [[Luna de Papel Eventos|ORGANIZATION]] with my sister [[Ximena|PERSON]], we're in [[Roma Norte|CITY]], in [[Ciudad de México|CITY]]. We started the business in [[2014|DATE]], in our mother's kitchen basically.

AI: How do AI tools show up in your work?

User: Oh, a lot now. I use [[ChatGPT|AI_PRODUCT]] for run-of-show documents, timelines, the little speeches people ask me to help with. [[Ximena|PERSON]] uses it for quotes in English for foreign clients. We keep everything in [[Google Sheets|SOFTWARE]] and [[Notion|SOFTWARE]], and for the mood boards I use [[Canva|SOFTWARE]], which has its own AI now too. And [[Midjourney|AI_PRODUCT]] sometimes for table design ideas, but the results are a little too perfect, flowers that don't exist.

AI: Can you walk me through a recent event where you used these tools?

User: Yes, a wedding in [[Valle de Bravo|CITY]], the bride was [[Renata Salcedo|PERSON]] and the groom was from [[Canada|COUNTRY]], [[Liam O'Connell|PERSON]]. Two hundred guests, half flying in. I put the whole guest list into [[ChatGPT|AI_PRODUCT]] to group people by flight arrival for the shuttles. Names, phone numbers, some passport details because the hotel wanted them. It worked beautifully, I will be honest. It made the shuttle schedule in ten minutes. But afterwards I thought, hmm, two hundred people's passport numbers, where did that go? No one raised it, though. The couple loved it. The only problem was the [[florist|JOB_TITLE]], Don [[Chuy|PERSON]], because [[ChatGPT|AI_PRODUCT]] wrote in the timeline that flowers arrive at [[6 p.m.|GENERIC_TIME]] and he read it and came at [[6 p.m.|GENERIC_TIME]], but I meant for them to be ready at six, so he needed to come at two. That was my mistake, not the AI's, but [[Chuy|PERSON]] still blames "la computadora".

AI: How do you share your contact details with clients and vendors?

User: For clients, on the website there's a form. But on [[Instagram|SOFTWARE]], in the bio, I write the email like this: [[valeria arroba lunadepapel punto mx|OBF_EMAIL|spanish_arroba_punto]], with the words, because when I had it normal we got hundreds of spam messages from fake "wedding directories". Our [[Instagram|SOFTWARE]] is [[@lunadepapel.eventos|SOCIAL_HANDLE]]. The office phone is [[55 4172 9083|PHONE_NUMBER]], and that one is on everything, business cards, invoices. My personal number I only give when the contract is signed.

AI: Do you think clients know that AI is involved in planning their events?

User: Some ask. Corporate clients, yes, especially the big ones. We did a launch for [[Grupo Azteca Bebidas|ORGANIZATION]] and their [[marketing director|GENERIC_ROLE]] asked in the first meeting if we use AI, and she was happy when I said yes, she said "good, then it will be faster and cheaper". Cheaper! [[Ximena|PERSON]] almost fell off the chair. For weddings, brides don't ask. They ask if we can get a [[Luis Miguel|PUBLIC_FIGURE]] impersonator. Every second wedding, I promise.

AI: What worries you about using AI in this business?

User: The personal touch, mostly. A wedding is emotional. I once asked [[ChatGPT|AI_PRODUCT]] to write a thank-you message from me to a bride's grandmother, and it was so generic, "your presence was a gift". I deleted it and called her instead, and she cried, in a good way. Also the privacy thing I mentioned. In [[Mexico|COUNTRY]] there is a data protection law, and I think I'm supposed to have a notice for clients about where their data goes. I have one from [[2016|DATE]], I don't think it says "[[ChatGPT|AI_PRODUCT]]" anywhere. Going forward, I want to make a clean version of the guest list before I put it in. Only first names and flight times, no passports. [[Ximena|PERSON]] says she can make a template for that in the spreadsheet. And maybe I update the privacy notice. We have a big wedding on [[14 February 2026|DATE]], in [[Oaxaca|CITY]], so I have a deadline now, no excuses.""")

# 5 — Rotterdam, municipal front desk
T.append("""AI: Welcome, and thanks for taking part. Could you describe your job for me?

User: Sure. My name is [[Youssef El Amrani|PERSON]], I'm [[27|AGE]], and I work as a [[front desk officer|JOB_TITLE]] at the [[Gemeente Rotterdam|ORGANIZATION]], so the municipality. I sit at the counter in the city office on [[Zuidplein|CITY]], in [[Rotterdam-Zuid|CITY]]. People come for passports, ID cards, moving registrations, parking permits, everything. I've been there since [[September 2022|DATE]], after my studies at [[Hogeschool Rotterdam|SCHOOL]].

AI: Are you allowed to use AI tools in that job?

User: Officially, a bit. The municipality has [[Microsoft Copilot|AI_PRODUCT]] in the work environment, in [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]], and there's a rule from the [[privacy officer|GENERIC_ROLE]] that you never put personal data of citizens into public tools. So no [[ChatGPT|AI_PRODUCT]] with names, no BSN. The case system is separate, we don't have AI in there. So mostly I use [[Copilot|AI_PRODUCT]] to rewrite emails into easier Dutch. A lot of our letters are very, you know, ambtelijk, bureaucratic, and people don't understand them.

AI: Can you tell me about a time that helped?

User: Yes. There was an older lady, Mrs [[Bakker|PERSON]], who came three times for the same letter about her address registration. She lives at [[Pleinweg 214B|ADDRESS]], and the letter said her registration was "under investigation", which scared her, she thought the police were coming. I asked [[Copilot|AI_PRODUCT]] to make a simple explanation, level B1, and printed it for her. My [[team leader|GENERIC_ROLE]], [[Marco|PERSON]], liked it so much that now we have a folder with simple versions of the most common letters.

AI: Did you include any of her details when you asked [[Copilot|AI_PRODUCT]]?

User: No, I was careful. I typed "a resident" and not her name. But I have to be honest, once I did make a mistake. A man was at my desk, in a hurry, and he read out his BSN, [[204517836|NATIONAL_ID]], so I could check something, and I typed it into the [[Teams|SOFTWARE]] chat to my [[colleague|GENERIC_ROLE]] [[Femke|PERSON]] instead of into the system. [[Teams|SOFTWARE]] is internal, but still. [[Femke|PERSON]] told me to delete it, and I did. Nothing happened, but I felt bad for a week.

AI: At the counter, do people share contact details with you a lot?

User: All day. Phone numbers, emails, sometimes the phone number of a daughter or a neighbour who helps them. And our department also has a direct line for partners like housing corporations, and on the intranet page someone wrote it out in words, I think to stop scrapers: [[nul tien, vier acht negen, twee twee één zeven|OBF_PHONE|dutch_number_words]]. Very funny to read. My own work email is [[y.elamrani@rotterdam.nl|EMAIL_ADDRESS]], which is standard for everyone, first letter and surname. Visitors ask about AI too, sometimes. Younger people ask if they can just ask a chatbot instead of coming in. Honestly, I wish. Some things still need a person, an ID check, a signature. Older people from [[Morocco|COUNTRY]] or [[Turkey|COUNTRY]], they come to me sometimes because I speak Arabic and a bit of Tarifit, and they would never trust a chatbot. Also, people ask if the letters are written by a computer, because they are so unfriendly. I say no, a human wrote that, unfortunately.

AI: What's your overall feeling about AI in public service?

User: Mixed. I saw [[Ahmed Aboutaleb|PUBLIC_FIGURE]] talk about it once, when he was still mayor, about the digital city and all that. It sounds good. But the [[Netherlands|COUNTRY]] had the childcare benefits scandal, where an algorithm labelled families as fraud, and everyone at my desk remembers that. So when a tool decides something about a citizen, I'm against it. When a tool helps me explain a letter to Mrs [[Bakker|PERSON]] in normal words, I'm for it. That's my line, more or less. What we need is more training. [[Marco|PERSON]] asked for a workshop, the answer was "maybe in [[spring|GENERIC_TIME]]". That was last year. So we learn from each other, at the coffee machine, every [[Wednesday|GENERIC_TIME]] when it's quiet.""")

# 6 — Nairobi, travel consultant
T.append("""AI: Thank you for joining. Could you start by telling me who you are and what you do?

User: Sure. I'm [[Wanjiru Kamau|PERSON]], I'm [[38|AGE]], and I'm a [[senior travel consultant|JOB_TITLE]] at [[Savannah Trails Tours|ORGANIZATION]]. Our office is in [[Westlands|CITY]], [[Nairobi|CITY]]. We do safaris, beach holidays, some corporate travel, mostly for visitors from [[Germany|COUNTRY]], the [[UK|COUNTRY]] and more and more from [[India|COUNTRY]]. I've been in travel since [[2012|DATE]], first at the airport, then here.

AI: Where do AI tools come into your work?

User: The big one is [[ChatGPT|AI_PRODUCT]]. I use it to build itineraries. I tell it: family of four, two kids under ten, seven nights, [[Naivasha|CITY]] then [[Diani|CITY]], mid-range lodges, and it gives me a first draft day by day. Then I fix it, because it doesn't know which lodge has a broken generator this month, or which road is terrible after the rains. For bookings we still use [[Amadeus|SOFTWARE]] for the flights, and everything else is [[Gmail|SOFTWARE]] and [[WhatsApp Business|SOFTWARE]]. Our [[accountant|GENERIC_ROLE]] wants everything in [[QuickBooks|SOFTWARE]], so I also do that, unhappily.

AI: When you build those itineraries, what information about the travellers goes in?

User: More than it should, to be honest. Last [[August|GENERIC_TIME]] I had a German family, Herr [[Klaus Schreiber|PERSON]] and his wife [[Anke|PERSON]], and the kids. They sent me one long email with everything: passport numbers, dates of birth, the son's peanut allergy, their home address in [[Freiburg|CITY]]. I copied the whole thing into [[ChatGPT|AI_PRODUCT]] to make the itinerary and the lodge booking forms at the same time. It was fast. But Herr [[Schreiber|PERSON]]'s passport number, [[C4R28816X|NATIONAL_ID]], was sitting in there, and the allergy. I think about it sometimes. Now I delete the passport part first, then paste.

AI: How do the guides and drivers fit into this?

User: Oh, they're the real heroes. Our best driver-guide is [[Otieno|PERSON]], everyone asks for him, and he doesn't use AI at all, he uses his memory. But he asked me to make him a [[WhatsApp|SOFTWARE]] message template with [[ChatGPT|AI_PRODUCT]], "welcome to [[Kenya|COUNTRY]]", the pickup time, his number, so he sends it the night before. Clients love it. One client even asked if he could meet [[Eliud Kipchoge|PUBLIC_FIGURE]] because [[Otieno|PERSON]] is from [[Eldoret|CITY]]. Ha! Like everybody in [[Eldoret|CITY]] knows him personally.

AI: How do you handle your own contact details with so many clients?

User: My work mobile is [[+254 722 318 604|PHONE_NUMBER]], I give that to everybody, it's on the confirmation. But the email, on our [[Facebook|SOFTWARE]] page and on the little cards at the hotel desks, I write it like [[wanjiru [at] savannahtrails [dot] co [dot] ke|OBF_EMAIL|bracket_at_dot]]. Because we had a problem: someone scraped our emails and sent fake invoices to our clients, pretending to be us, with a different bank account. One family from [[Manchester|CITY]] almost paid. After that my [[boss|GENERIC_ROLE]], Mr [[Ochieng|PERSON]]— sorry, just [[Ochieng|PERSON]], he hates "Mr", he said every email on the public pages must be written like that. That episode changed how I think about AI too, a bit. Now I think more about what's public and what's not. Also the fake invoice email was very well written, perfect English, and I think somebody used a tool like [[ChatGPT|AI_PRODUCT]] for it. So the same tools that help me help the scammers. I also read that [[Tanzania|COUNTRY]] operators had the same problem. We now tell clients on the first call: we will never change our bank details by email. I say it every time, every [[Monday|GENERIC_TIME]] to every new booking.

AI: Looking ahead, what would you like from these tools?

User: I'd like one tool that connects to the lodges' availability, so I don't have to call ten places. And I'd like the company to pay for a proper version, not my own free account. [[Ochieng|PERSON]] says maybe next year, when the season is good. In [[July|GENERIC_TIME]] and [[September|GENERIC_TIME]] we are so busy I don't even have time to complain, so maybe in [[November|GENERIC_TIME]] I will ask him again.""")

# 7 — Osaka, B2B sales rep
T.append("""AI: Thank you for taking the time. Could you introduce yourself and your job?

User: Yes. My name is [[Haruka Ishida|PERSON]]. I am [[31|AGE]] years old, and I work as a [[sales representative|JOB_TITLE]] at [[Kansai Precision Bearings|ORGANIZATION]], a parts manufacturer. I am in the [[Umeda|CITY]] office in [[Osaka|CITY]]. I joined in [[April 2016|DATE]], right after graduating from [[Kansai University|SCHOOL]]. My customers are mostly factories, in [[Sakai|CITY]], in [[Higashiosaka|CITY]], and some in [[Thailand|COUNTRY]] and [[Vietnam|COUNTRY]].

AI: How do you use AI in your sales work?

User: Mainly for English and for emails. Our company started with [[Microsoft Copilot|AI_PRODUCT]] last year, but I also use [[ChatGPT|AI_PRODUCT]] at home to practise. For example, when a customer in [[Bangkok|CITY]] sends a complaint in English, I ask [[Copilot|AI_PRODUCT]] to help me write a polite reply. Japanese business politeness and English politeness are very different, so it helps a lot. All customer information is in [[Salesforce|SOFTWARE]], and quotations are in [[Excel|SOFTWARE]]. For business cards we use [[Sansan|SOFTWARE]], it scans them and puts them in the system.

AI: Could you tell me about a specific customer situation?

User: Yes. One customer is Mr [[Tanaka|PERSON]], the [[purchasing manager|GENERIC_ROLE]] at a factory in [[Sakai|CITY]], [[Horikawa Kikai|ORGANIZATION]]. He is very strict. Last month there was a delivery delay, and he called me at [[7 a.m.|GENERIC_TIME]], very angry. I wrote the apology email with [[Copilot|AI_PRODUCT]], but I gave it too much detail, his name, the order numbers, even his mobile number because I copied his signature. My [[senpai|GENERIC_ROLE]], [[Kenji|PERSON]], saw it and said, "[[Ishida|PERSON]]-san, you don't need to give the AI his phone number to say sorry." He was right. I was panicking.

AI: How do you share your own contact details with customers?

User: On my business card it is normal. But on our website, on the staff page, we write contacts in a special way because of spam. The phone number is written with full-width numbers, like [[０６－６３４５－２２７１|OBF_PHONE|fullwidth_digits]], so robots cannot read it easily, I heard. And email is written with a star instead of the at-mark: [[h.ishida★kpb-osaka.co.jp|OBF_EMAIL|star_for_at]], and below it says "please change ★ to @". This is very common in [[Japan|COUNTRY]]. Foreign customers sometimes do not understand and write to the star address, and it bounces.

AI: What do you think of AI's role in sales more generally?

User: My [[department head|GENERIC_ROLE]] likes to talk about [[Masayoshi Son|PUBLIC_FIGURE]] and how AI will be smarter than humans soon, so he is very positive. He wants us to use AI for everything. But in my work, relationships are most important. Mr [[Tanaka|PERSON]] does not care if my email is beautiful. He cares if I come to the factory and bow and explain. I went to [[Sakai|CITY]] on [[Friday|GENERIC_TIME]] with a box of sweets. That fixed more than any email. AI cannot carry sweets.

AI: Is there anything you would like your company to change?

User: I want clear rules. Now, some people in my team put customer lists in [[ChatGPT|AI_PRODUCT]] on their personal phone, and nobody knows if that is okay. [[Kenji|PERSON]] says it is not okay, my [[department head|GENERIC_ROLE]] says "use common sense". Also I would like training for [[Salesforce|SOFTWARE]] AI features, because there is a button called [[Einstein|AI_PRODUCT]] and nobody presses it. I think we are a little afraid of it. Maybe after the [[summer|GENERIC_TIME]] holidays I will try it. And please don't write my phone number in the report, okay? Ha, I am joking. It is on the website anyway, in full-width.""")

# 8 — Johannesburg, management consultant
T.append("""AI: Thanks for joining. Could you tell me a bit about yourself and your role?

User: Hi. I'm [[Lerato Mokoena|PERSON]], [[36|AGE]], and I'm a [[management consultant|JOB_TITLE]] at [[Kopano Advisory|ORGANIZATION]]. We're a boutique firm in [[Sandton|CITY]], [[Johannesburg|CITY]], about forty people. Mostly public sector and mining clients, a bit of retail. I did my MBA at [[Wits Business School|SCHOOL]] and joined here in [[2019|DATE]] from one of the big four.

AI: What does AI look like in your day-to-day?

User: It's like a junior analyst who never sleeps and sometimes lies. I use [[ChatGPT|AI_PRODUCT]] for first drafts of slides and for structuring interviews, and [[Claude|AI_PRODUCT]] for reading long documents, like a two-hundred-page municipal budget. Then it's all [[PowerPoint|SOFTWARE]] and [[Power BI|SOFTWARE]]. We had a project with the [[City of Tshwane|ORGANIZATION]] last year on revenue collection, and I used [[Claude|AI_PRODUCT]] to summarise about sixty stakeholder interview transcripts. That would have been two weeks of work.

AI: Those interviews presumably had names and roles in them. How did you handle that?

User: That's exactly what my [[partner|GENERIC_ROLE]] asked. [[Pieter van der Merwe|PERSON]], he leads the public sector practice, he's very strict on POPIA. So we anonymised first. My colleague [[Blessing Moyo|PERSON]] built a little find-and-replace sheet in [[Excel|SOFTWARE]]: every name becomes "Official A", "Official B". Honestly, that sheet was a blessing, no pun intended. But it missed things. Like when someone said "as the acting CFO I..." there's only one acting CFO, so anyone can tell who it is. [[Blessing|PERSON]] and I ended up reading everything twice.

AI: Have you ever slipped up with your own information?

User: Once, and it's embarrassing. I was filling in a supplier registration form for a client, one of those government vendor databases, and I asked [[ChatGPT|AI_PRODUCT]] to help me understand the form. I pasted my whole section, including my ID number, [[8803150234087|NATIONAL_ID]]. In [[South Africa|COUNTRY]] your ID number has your birthday and gender in it, so that's basically my identity in one line. I only realised when I was reading the answer and it said "Based on your ID number, you were born in [[March 1988|DATE]]". I closed the laptop for a minute.

AI: How do you share your own contact details with clients and contacts?

User: Cell is [[082 614 3390|PHONE_NUMBER]], that's on my card, fine. On the firm website, though, we put emails in a spoken way because of harvesting bots. Mine literally says [[lerato at kopano advisory, all one word, dot co dot za|OBF_EMAIL|spoken_with_instructions]]. Some clients think it's a typo and email "lerato at kopano advisory" with spaces, which bounces. [[Pieter|PERSON]] was against it, he said it looks unprofessional. We compromised: the [[LinkedIn|SOFTWARE]] pages have normal emails, the website doesn't. My [[LinkedIn|SOFTWARE]] is [[linkedin.com/in/lerato-mokoena-za|URL]].

AI: What do you think about AI and consulting more broadly?

User: There's this panic that AI will replace consultants. Maybe the juniors doing slide formatting. But clients pay us to sit in a room with a municipal manager who's under pressure and get to a decision. When [[Cyril Ramaphosa|PUBLIC_FIGURE]] talks about a capable state, that's people, not slides. Also, in [[Botswana|COUNTRY]] and [[Zambia|COUNTRY]], where we also work, a lot of officials don't want their words anywhere near a cloud tool. One director in [[Gaborone|CITY]] asked us to stop recording altogether. So the tools are great, but the room decides. Honestly, I just wish the firm had one policy instead of three emails. [[Pieter|PERSON]] says [[Q1|GENERIC_TIME]]. He said that last [[Q1|GENERIC_TIME]] too.""")

# 9 — Toronto, realtor
T.append("""AI: Hi, thanks for making the time. Could you tell me about yourself and your work?

User: Sure! I'm [[Michelle Tsang|PERSON]], I'm a [[realtor|JOB_TITLE]] with [[Harbourfront Realty Group|ORGANIZATION]] here in [[Toronto|CITY]]. I've been licensed since [[2009|DATE]]. I'm [[45|AGE]], two kids, one dog, way too many open houses. Mostly I work the east end, [[Leslieville|CITY]], [[Scarborough|CITY]], and up into [[Markham|CITY]] because a lot of my clients are Cantonese-speaking families and that's where they want to be.

AI: How are you using AI tools at the moment?

User: For listing copy, obviously. I use [[ChatGPT|AI_PRODUCT]] to write the MLS descriptions and then I fight with it to stop saying "nestled". My CRM is [[Follow Up Boss|SOFTWARE]], and it has some AI built in now that drafts follow-up texts. For the tours we use [[Matterport|SOFTWARE]], and all the paperwork goes through [[DocuSign|SOFTWARE]]. I also use [[ChatGPT|AI_PRODUCT]] to translate between English and Chinese for older clients, although my mom says it writes like a textbook.

AI: Can you describe a time AI was particularly useful, or not?

User: Useful: a young couple, [[Priyanka|PERSON]] and [[Mateo|PERSON]], first-time buyers, both [[nurses|JOB_TITLE]], super stressed. They had like forty questions about land transfer tax and closing costs. I put the questions into [[ChatGPT|AI_PRODUCT]], got a draft, checked it against what I actually know, and sent them a clean FAQ. They were so grateful. Not useful: it once made up a school catchment. Told a client a house was in the catchment for a school it absolutely wasn't in. [[Mateo|PERSON]] actually caught that, not me, because he'd checked the board website. Embarrassing.

AI: Do you share a lot of your own contact details?

User: All the time, it's my whole brand. My email is [[michelle@tsanghomes.ca|EMAIL_ADDRESS]], my site is [[tsanghomes.ca/michelle|URL]], my [[Instagram|SOFTWARE]] is [[@michelletsang.realtor|SOCIAL_HANDLE]]. But my cell on the site, I did something sneaky. I write it as [[(416) 8O3-21l7|OBF_PHONE|letters_for_digits]], with a capital O instead of a zero and a lowercase L instead of a one, so the scrapers get garbage but people just read it right. My web guy suggested it after I got like thirty robocalls a day. Also on the site there's my RECO registration, number [[4417920|NATIONAL_ID]], because we're required to show it.

AI: Do your clients know you use AI?

User: Some ask. The younger ones think it's cool. One older client, Mrs [[Leung|PERSON]], who's [[eighty|AGE]] and sharp as a tack, asked if "the robot" knew her address. I told her no, and it's true, I never put addresses in. I put the neighbourhood and the square footage. That's my rule. My [[broker of record|GENERIC_ROLE]] doesn't have a written policy, so I made my own.

AI: What do you think the bigger picture is, for realtors and AI?

User: People love to joke that [[Zillow|ORGANIZATION]] or some AI will replace us. Maybe for the listings of the [[Bridle Path|CITY]], where [[Drake|PUBLIC_FIGURE]] lives, the buyers don't need me, they have lawyers. But for a family from [[Hong Kong|CITY]] buying their first house in [[Canada|COUNTRY]], who doesn't know what a home inspection is? They need a person. They need me to pick up at [[10 p.m.|GENERIC_TIME]] on a [[Sunday|GENERIC_TIME]] when the offer deadline is in the morning. The thing I really worry about is deepfake voice scams. A colleague in [[Richmond Hill|CITY]] had a client's lawyer "call" her with new wiring instructions. It wasn't the lawyer. So now I tell every client: I will never send you wire info by text. It's in my email signature, in bold.""")

# 10 — Berlin, executive search consultant
T.append("""AI: Thanks for taking part. Could you start by telling me about yourself?

User: Gern. I'm [[Leonie Hartmann|PERSON]], [[33|AGE]], and I work as an [[executive search consultant|JOB_TITLE]], a headhunter basically, at [[Brandt & Kessler Executive Search|ORGANIZATION]] in [[Berlin-Mitte|CITY]]. I studied at the [[Humboldt-Universität|SCHOOL]], psychology, then fell into recruiting by accident in [[2016|DATE]]. Now I mostly fill finance and tech leadership roles across [[Germany|COUNTRY]], [[Austria|COUNTRY]] and [[Switzerland|COUNTRY]].

AI: How does AI fit into your work?

User: In three places. Research: I use [[ChatGPT|AI_PRODUCT]] to map companies, like "give me all mid-sized logistics firms in [[Bavaria|CITY]]", which I then check, because it invents some. Writing: I use [[DeepL|AI_PRODUCT]] a lot, for translating candidate profiles into English for international clients. And notes: after a candidate interview, I dictate into my phone and [[ChatGPT|AI_PRODUCT]] makes a structured profile. Our database is [[Invenias|SOFTWARE]], and for outreach it's [[LinkedIn|SOFTWARE]] and still a lot of [[XING|SOFTWARE]], because German executives over fifty are still on [[XING|SOFTWARE]], it's funny.

AI: Those interview notes must be quite personal. How do you handle that?

User: Very personal. Salary, why they want to leave, sometimes health, divorce, everything comes up in a confidential interview. Last [[spring|GENERIC_TIME]] I was working on a [[CFO|GENERIC_ROLE]] search for a mid-sized manufacturer, and one candidate, Dr. [[Matthias Vogel|PERSON]], told me about a conflict with his [[CEO|GENERIC_ROLE]] in a lot of detail. I dictated it all and [[ChatGPT|AI_PRODUCT]] summarised it very nicely. And then I thought, I just sent a very private story about a named person to an American server. [[Vogel|PERSON]] would die if he knew. Since then I say "Candidate A" in the dictation and I don't mention the company.

AI: Is there a company policy on that?

User: There is now. Our [[managing partner|GENERIC_ROLE]], [[Stefan Brandt|PERSON]], wrote one after a client asked us in a pitch whether we use AI with candidate data. The policy says only the enterprise version, no names, no salary figures linked to names. [[Stefan|PERSON]] is very strict about DSGVO, the GDPR. My colleague [[Aylin|PERSON]] got a talking-to because she uploaded a whole shortlist into a free tool. She was fine in the end, but it was a lesson for everyone.

AI: How do you share your own contact details?

User: Headhunters are very visible, we have to be. But we get so much spam, so on our website my email is written [[l.hartmann (ät) brandt-kessler (punkt) de|OBF_EMAIL|german_aet_punkt]]. Everyone in [[Germany|COUNTRY]] knows what that means. My direct dial is in my email signature, and a developer friend put invisible characters in between the digits so you can't just copy it into a scraper. If you copy it, it looks like [[+49 30 2\u200b091\u200b 77\u200b46|OBF_PHONE|zero_width]], but the spaces are weird. It sometimes breaks when candidates click on it on their phones, which is a bit stupid, honestly.

AI: What's your view on where recruitment is going with AI?

User: I think the research part will be mostly automated. But the call where I convince a [[CFO|GENERIC_ROLE]] to leave a safe job, that's trust. I saw [[Olaf Scholz|PUBLIC_FIGURE]] talk about AI and jobs on the news, very general, and I thought, nobody who decides these things has ever done a reference check. Also, candidates now use AI for their CVs, so every CV says "results-driven leader". I spend more time on the phone now than five years ago, not less. Anyway, if you want to talk again, I'm usually free on [[Thursday afternoons|GENERIC_TIME]], that's when [[Stefan|PERSON]] is in client meetings and the office is quiet.""")

# 11 — Quezon City, life insurance advisor
T.append("""AI: Hi, thank you for joining. Can you tell me a little about yourself?

User: Hello po! I'm [[Maria Angelica Dizon|PERSON]], but everyone calls me [[Gelay|PERSON]]. I'm [[28|AGE]], and I'm a [[financial advisor|JOB_TITLE]] for [[Bayanihan Life Assurance|ORGANIZATION]], so I sell life insurance and investment plans. I'm based in [[Quezon City|CITY]], but our branch office is in [[Makati|CITY]]. I started in [[2021|DATE]], during the lockdown, after I graduated from [[University of Santo Tomas|SCHOOL]] with a psychology degree. Psychology is very useful in insurance, I promise.

AI: How does AI help you in that work?

User: A lot with content. Insurance is very much about social media now. I use [[ChatGPT|AI_PRODUCT]] to make captions for my posts, Taglish captions, and [[Canva|SOFTWARE]] for the graphics. I also use it to explain products simply, like what is a VUL, because clients get scared of the terms. Then most of my conversations with clients happen on [[Messenger|SOFTWARE]] and [[Viber|SOFTWARE]]. For the needs analysis I use [[Google Forms|SOFTWARE]], and our company has its own app for the proposals.

AI: Could you tell me about one of your clients and how AI came into it?

User: Sure. One of my favourite clients is Tita [[Baby|PERSON]], that's really her nickname, her real name is [[Rosario Manalo|PERSON]]. She's [[sixty-two|AGE]] and a retired teacher. Her son works in [[Saudi Arabia|COUNTRY]] as a nurse and he's paying for her plan. I asked [[ChatGPT|AI_PRODUCT]] to make a comparison of two health riders for her, in simple Tagalog. But when I pasted her details, I included her birthday and her TIN, [[423-118-905-000|NATIONAL_ID]], because I copied from the application form directly. My [[unit manager|GENERIC_ROLE]], Sir [[Ramon|PERSON]], told me later never to do that, because of the Data Privacy Act. So now I only write "female, [[sixty-two|AGE]]" like that.

AI: How do you share your contact details with so many people?

User: Everywhere! My [[Facebook|SOFTWARE]] page is [[facebook.com/gelaydizon.advisor|URL]], and that's where I get most leads. But I had a problem with spam and also fake accounts copying my posts and my number, so now in my posts I write my number like this: [[0917-eight-two-four-six-six-three-zero|OBF_PHONE|mixed_words_digits]]. Half digits, half words. My clients understand, the bots don't, I think. My email is normal, [[gelay.dizon@bayanihanlife.ph|EMAIL_ADDRESS]], because it's on the company website anyway.

AI: Do you have a team that works with you?

User: Yes, I'm a small team under Sir [[Ramon|PERSON]]. My seatmate, Kuya [[Jun|PERSON]], is the top advisor in our branch, and he does not use AI at all. He says his clients want to hear his voice, not a robot. He calls them on their birthdays, every single one. But he asked me to make his [[Facebook|SOFTWARE]] posters with [[Canva|SOFTWARE]], so indirectly he uses it, ha. Also, Sir [[Ramon|PERSON]] showed us a video of [[Manny Pacquiao|PUBLIC_FIGURE]] talking about financial literacy and said, be like this, simple words. So I ask [[ChatGPT|AI_PRODUCT]] to "explain like [[Manny Pacquiao|PUBLIC_FIGURE]]", and it's actually good.

AI: What concerns you about AI in insurance?

User: Honestly, that clients will trust it too much. One client, an OFW in [[Canada|COUNTRY]], asked [[ChatGPT|AI_PRODUCT]] which plan was better and then told me "[[ChatGPT|AI_PRODUCT]] said yours is not good". But it didn't know the riders or the real numbers. I had to explain for one hour on a video call at [[11 p.m.|GENERIC_TIME]] my time. Also, I worry about fake advisors using AI to make professional-looking posts. In the [[Philippines|COUNTRY]] there are many scams already. So my advice to everyone is, check the license of your advisor. Mine is on my page. And if you want, message me on [[Sunday|GENERIC_TIME]], that's my rest day, but I still answer, ha.""")

# 12 — Lagos, events coordinator
T.append("""AI: Good afternoon, and thanks for joining. Could you introduce yourself?

User: Good afternoon! My name is [[Chidinma Okeke|PERSON]], I'm [[thirty-two|AGE]], and I'm an [[events coordinator|JOB_TITLE]] with [[Eko Bliss Events|ORGANIZATION]]. We're in [[Lekki Phase 1|CITY]], [[Lagos|CITY]]. We do weddings, owambe parties, birthdays, corporate dinners. I've been with them since [[December 2019|DATE]], just before the pandemic, which was the worst timing in the history of events.

AI: How do you use AI tools in your work?

User: Mostly [[ChatGPT|AI_PRODUCT]]. I use it for proposals, timelines, and the MC scripts. You know, an MC at a Nigerian wedding needs to recognise all the important guests, so I give it a list and it helps me arrange the order. For payments we use [[Paystack|SOFTWARE]], planning is in [[Google Calendar|SOFTWARE]] and [[Trello|SOFTWARE]], and I do mood boards in [[Canva|SOFTWARE]]. And [[Instagram|SOFTWARE]] is everything. Our page is [[@ekoblissevents|SOCIAL_HANDLE]]. If a wedding is not on [[Instagram|SOFTWARE]], did it even happen?

AI: You mentioned guest lists with important guests. Can you say more about that?

User: Yes, that's the sensitive part. Last [[November|GENERIC_TIME]] we did a sixtieth birthday for Alhaji [[Musa Bello|PERSON]], very big, six hundred guests, including some senators and a commissioner. His daughter, [[Hauwa|PERSON]], gave me the full protocol list with phone numbers, because we had to send the QR invitations. I pasted the list into [[ChatGPT|AI_PRODUCT]] to sort by seniority for the seating. It worked, but my [[oga|GENERIC_ROLE]], [[Segun|PERSON]], was not happy when he heard, because these are big men's private numbers. He said if any of them gets spam, they'll blame us. So now we sort in [[Excel|SOFTWARE]] and only use [[ChatGPT|AI_PRODUCT]] for the words, not the lists.

AI: How do you share your own contact details with clients and vendors?

User: Vendors have my number, [[0803 412 7765|PHONE_NUMBER]], everybody has it. The decorator, the caterers, the DJ, the ushers. But my email, on flyers and [[Instagram|SOFTWARE]] bio, I write [[chidinma_okeke AT yahoo DOT com|OBF_EMAIL|caps_at_dot]], in capital letters like that. A friend told me it stops the bots. Our office is at [[12B Admiralty Way|ADDRESS]], [[Lekki|CITY]], and clients can come for tasting appointments on [[Saturdays|GENERIC_TIME]].

AI: Wait, [[Lekki|CITY]] — is that the same area you mentioned?

User: Yes, [[Lekki|CITY]] is the bigger area, [[Lekki Phase 1|CITY]] is the part where the office is. Everyone in [[Lagos|CITY]] knows. Anyway, the other thing with AI is entertainment. Clients ask for [[Davido|PUBLIC_FIGURE]] or [[Burna Boy|PUBLIC_FIGURE]] to perform, and I have to give them the real price, which they don't like. I asked [[ChatGPT|AI_PRODUCT]] once how much [[Davido|PUBLIC_FIGURE]] charges for a private show and it gave me a number that was completely wrong. Very confident, very wrong. [[Segun|PERSON]] laughed for a whole day.

AI: What do you think the future looks like for event planners and AI?

User: I think planning will be faster, the paperwork. But on the day, it's people. When the generator fails at [[9 p.m.|GENERIC_TIME]], or when the bride's aunty is fighting the groom's aunty over a table, no AI can fix that. In [[Nigeria|COUNTRY]] events are emotion and culture and negotiation. I also worry about fake vendors using AI pictures to show events they never did. We've seen it. So I tell my clients, always come and see us physically. Come to [[Lekki|CITY]], see the tables, taste the jollof. That one AI cannot fake.""")

# 13 — Parramatta, government service centre
T.append("""AI: Thanks for coming along. Could you tell me about your job?

User: No worries. I'm [[Brendan Walsh|PERSON]], I'm [[44|AGE]], and I'm a [[customer service officer|JOB_TITLE]] at [[Service NSW|ORGANIZATION]], at the centre in [[Parramatta|CITY]]. So people come in for licences, rego, fishing permits, seniors cards, birth certificates, working with children checks, you name it. Been there since [[2015|DATE]]. Before that I was at a bank in [[Blacktown|CITY]] for ten years.

AI: Do you use AI tools in that role?

User: In a limited way. A lot of government agencies in [[Australia|COUNTRY]] have been trialling [[Microsoft 365 Copilot|AI_PRODUCT]], and some of our back-office people have it. On the counter I don't, officially. What I do use is the translation in our system for simple things, and at home I've played with [[ChatGPT|AI_PRODUCT]] to understand policy documents. The actual customer stuff all lives in our own systems, which I won't name, and there's strict rules there. You'd get walked out for pasting someone's details into a public tool.

AI: Have you seen people come in who've used AI themselves?

User: Oh, all the time now. Last week a young bloke came in with a printout from [[ChatGPT|AI_PRODUCT]] telling him he could transfer his car rego online without the buyer. Wrong. And an older lady, Mrs [[Kaufusi|PERSON]], came in very upset because a chatbot on some dodgy website told her she needed to pay a fee to renew her seniors card. It was a scam site. She'd already typed in her driver licence number, [[18 442 907|NATIONAL_ID]], and her Medicare number. We helped her report it and get a new licence number. My [[team leader|GENERIC_ROLE]], [[Mele|PERSON]], who speaks Tongan, sat with her for forty minutes. She was shaking.

AI: That sounds distressing. How do people share contact details with you at the counter?

User: Constantly, and sometimes a bit too loudly. People read their mobile out in front of a queue of twenty. I try to hand them a pen and a form instead. Some older customers give me their daughter's email because they don't have one. Last month a fella spelled his out for me, "[[d-a-z-z-a seventy-one at bigpond|OBF_EMAIL|spelled_letters_partial]]", and I had to ask three times, and the whole line heard it. That's the thing about front counters, privacy is a bit of a joke physically. We've got a partition, that's about it.

AI: Is there anything you'd use AI for if you were allowed?

User: Plain-English explainers. The letters people get from government are terrible. Someone comes in with a letter from the [[ATO|ORGANIZATION]] and they think I can help, and I can't, different agency, but I can at least explain what it says. If I could put a letter, with the names taken out, into [[Copilot|AI_PRODUCT]] and get a simple version in Vietnamese or Arabic, that'd help heaps of people in [[Western Sydney|CITY]]. [[Mele|PERSON]] reckons we should pitch that to head office. I'm not holding my breath.

AI: How do you feel about AI in government more generally?

User: Wary. Everyone here remembers Robodebt, the automated debt thing. People got letters saying they owed money they didn't owe, and some of them, well, it went badly. So when the Premier, [[Chris Minns|PUBLIC_FIGURE]], or anyone says AI will make government more efficient, my first thought is, efficient for who? At the counter you see the person. Aunty [[Joan|PERSON]], she's one of our regulars, comes in every [[Thursday|GENERIC_TIME]] with a new question, and half the time she just wants a chat. No chatbot is going to give her that, and honestly, it shouldn't try.""")

# 14 — Istanbul, inbound tour operations
T.append("""AI: Merhaba, and thanks for talking with me. Could you introduce yourself?

User: Merhaba! I'm [[Elif Şahin|PERSON]], I'm [[30|AGE]], and I'm a [[tour operations specialist|JOB_TITLE]] at [[Boğaziçi Turizm|ORGANIZATION]], in [[Kadıköy|CITY]], on the Asian side of [[Istanbul|CITY]]. We organise trips for foreign groups, [[Istanbul|CITY]], [[Cappadocia|CITY]], [[Antalya|CITY]], and also a lot of medical tourism clients now, hair transplants, dental. I've been here since [[March 2019|DATE]], after [[Boğaziçi University|SCHOOL]], which everyone confuses with the company name.

AI: How do AI tools fit into your work?

User: I use [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] both. [[ChatGPT|AI_PRODUCT]] for itineraries and Arabic messages, [[Gemini|AI_PRODUCT]] because it's built into my work account and it can read my [[Gmail|SOFTWARE]]. For hotels we use the [[Booking.com|SOFTWARE]] extranet and our own reservation system, and everything with money is in [[Logo Tiger|SOFTWARE]], the accounting software. Ninety percent of communication with clients is [[WhatsApp|SOFTWARE]]. I have [[WhatsApp|SOFTWARE]] Web open all day, with maybe sixty chats.

AI: Can you tell me about a typical client and how AI helps?

User: For example, last month a family from [[Riyadh|CITY]], Mr [[Al-Harbi|PERSON]] with his wife and four children and the grandmother. He sent me voice messages in Arabic, very long. I used [[ChatGPT|AI_PRODUCT]] to transcribe and translate them, then to make a program: Topkapı Palace in the morning, lunch, Bosphorus cruise. My Arabic is okay but not for voice messages at speed. Also the grandmother needed a wheelchair at every site, and it helped me write to each museum. But honestly, I pasted his passport photo page too, because the hotel needed the numbers and I wanted [[ChatGPT|AI_PRODUCT]] to extract them. I know. It's convenient and it's wrong.

AI: Do you work with guides who use these tools?

User: Our senior guide is [[Murat|PERSON]] Bey, he's been guiding for thirty years. He hates AI. He says tourists come with [[ChatGPT|AI_PRODUCT]] itineraries that put [[Ephesus|CITY]] and [[Cappadocia|CITY]] on the same day, which is impossible, eight hundred kilometres. But [[Murat|PERSON]] Bey also asked me to write his [[Instagram|SOFTWARE]] captions with it, so, you know. Everyone hates AI until they need a caption. Many tourists also ask him about [[Orhan Pamuk|PUBLIC_FIGURE]] and the Museum of Innocence, and he gives a whole lecture, no AI can do that lecture.

AI: How do you share your contact details with clients?

User: My work phone is [[+90 532 418 2296|PHONE_NUMBER]], it's in the [[WhatsApp|SOFTWARE]] profile and on the vouchers. On our website and on [[TripAdvisor|SOFTWARE]] replies, I write my email in Turkish style to avoid spam robots: [[elif.sahin [et] bogazicitur [nokta] com|OBF_EMAIL|turkish_et_nokta]]. "Et" is how we say the at sign, and "nokta" is dot. Foreign clients are confused, they ask me "what is et?", but Turkish clients understand. Our office address is [[Moda Caddesi No: 47|ADDRESS]], [[Kadıköy|CITY]], for people who come to pay cash.

AI: What worries you, if anything, about using AI like this?

User: Data, mostly, after that passport story. [[Germany|COUNTRY]]-based partners ask us now in contracts if we use AI with client data, and I don't know what to answer. My [[general manager|GENERIC_ROLE]], [[Kerem Yıldız|PERSON]], says "just say we follow KVKK", that's the Turkish data law. I'm not sure that's an answer. Also the tourism is so seasonal, in [[summer|GENERIC_TIME]] there is no time to think about policies. Maybe in [[February|GENERIC_TIME]], when it's quiet, I will make a small rule list for the team.""")

# 15 — São Paulo, SaaS account executive
T.append("""AI: Oi, thanks for joining. Could you tell me about yourself and your job?

User: Oi! I'm [[Rafael Nogueira|PERSON]], [[26|AGE]], and I'm an [[account executive|JOB_TITLE]] at [[Trilha Software|ORGANIZATION]]. We sell a logistics platform to retailers and pharmacies. Office is in [[Vila Olímpia|CITY]], [[São Paulo|CITY]], but I'm hybrid, I work from home in [[Pinheiros|CITY]] two days. I joined in [[January 2023|DATE]] after studying business at [[Insper|SCHOOL]].

AI: What does your sales process look like, and where does AI come in?

User: The process: an SDR books the meeting, I do discovery, demo, proposal, negotiation. Our SDR is [[Bia|PERSON]], [[Beatriz Tanaka|PERSON]], she's amazing, she sends me like eight meetings a week. AI is everywhere. [[HubSpot|SOFTWARE]] has AI that writes email drafts, [[Gong|SOFTWARE]] records and summarises all my calls, and I use [[ChatGPT|AI_PRODUCT]] to prepare for meetings, like "explain the pharmacy retail market in [[Minas Gerais|CITY]]". And [[WhatsApp|SOFTWARE]], obviously, in [[Brazil|COUNTRY]] every deal closes on [[WhatsApp|SOFTWARE]], not email.

AI: Can you tell me about a deal where AI mattered?

User: Yes, a pharmacy chain, [[Drogarias Paulistana|ORGANIZATION]], thirty stores. The decision maker was Dona [[Cida|PERSON]], the [[operations director|GENERIC_ROLE]], [[sixty|AGE]] years old, very traditional. She didn't like video calls, only [[WhatsApp|SOFTWARE]] audios. So I used [[ChatGPT|AI_PRODUCT]] to transcribe and summarise her audios, then I prepared answers. And at one point she sent her CPF, [[318.442.907-15|NATIONAL_ID]], in the chat, because she thought we needed it for the contract, and I pasted the whole chat into [[ChatGPT|AI_PRODUCT]] to make a summary for my [[manager|GENERIC_ROLE]]. So her CPF went in there. I only noticed when [[Gong|SOFTWARE]] flagged "sensitive data" on another call. We closed the deal though. Dona [[Cida|PERSON]] sends me "bom dia" stickers every morning now.

AI: How do you share your own contact info with prospects?

User: Email is [[rafael.nogueira@trilha.com.br|EMAIL_ADDRESS]], that's in the signature. On [[LinkedIn|SOFTWARE]], I put my [[WhatsApp|SOFTWARE]] in the about section, but written in words, because people told me scrapers sell the numbers: [[onze, nove nove oito sete dois, quatro um zero cinco|OBF_PHONE|portuguese_number_words]]. In Portuguese. Foreign recruiters can't read it, which is maybe good, ha. My [[LinkedIn|SOFTWARE]] is [[linkedin.com/in/rafanogueira-sales|URL]].

AI: Are there rules at [[Trilha|ORGANIZATION]] about what goes into AI tools?

User: There's a policy from the [[legal team|GENERIC_ROLE]], LGPD stuff, saying we shouldn't put client personal data in external AI tools. [[Gong|SOFTWARE]] and [[HubSpot|SOFTWARE]] are approved, [[ChatGPT|AI_PRODUCT]] is "tolerated" for general questions. Honestly most people don't read it. [[Bia|PERSON]] read it, she's very organised, and she told me off about the CPF. My [[manager|GENERIC_ROLE]], [[Thiago|PERSON]], just cares about the pipeline. Quarter end, nobody is thinking about LGPD, sorry to say.

AI: How do you see your job changing?

User: I think SDR work will change most, the cold emails. Maybe [[Bia|PERSON]]'s job is at risk, she knows, she's studying data analytics at night. For me, negotiation is still human. Dona [[Cida|PERSON]] didn't buy because of a perfect email. She bought because I went to her store in [[Santo André|CITY]] on a [[Saturday|GENERIC_TIME]] and drank a terrible coffee with her. Everyone shares videos of [[Elon Musk|PUBLIC_FIGURE]] saying AI will do all jobs. Maybe. But not the terrible coffee.""")

# 16 — Warsaw, IT recruitment consultant
T.append("""AI: Dzień dobry, thanks for joining. Could you tell me a bit about yourself?

User: Dzień dobry! I'm [[Katarzyna Wiśniewska|PERSON]], everybody says [[Kasia|PERSON]]. I'm [[35|AGE]] and I'm an [[IT recruitment consultant|JOB_TITLE]] at [[Nordlight Recruitment|ORGANIZATION]], our office is in [[Mokotów|CITY]], in [[Warsaw|CITY]]. We place developers, testers, DevOps people, mostly for companies from [[Germany|COUNTRY]] and the [[Netherlands|COUNTRY]] who want teams in [[Poland|COUNTRY]]. I've been recruiting since [[2014|DATE]], so I remember when a Java developer answered every message. Those days are gone.

AI: How do you use AI in that work?

User: For writing, mostly. I use [[ChatGPT|AI_PRODUCT]] to write job ads, and to make the boolean strings for [[LinkedIn|SOFTWARE]] searches, which is actually great, it saves me so much time. Our ATS is [[Bullhorn|SOFTWARE]], and we post on [[Pracuj.pl|SOFTWARE]] and [[Just Join IT|SOFTWARE]]. I also use [[DeepL|AI_PRODUCT]] for German, because clients in [[Munich|CITY]] want candidate summaries in German and my German is, let's say, school level.

AI: Could you tell me about a candidate where AI played a role?

User: Yes, a good example. A senior backend developer from [[Kharkiv|CITY]], [[Oleksandr Marchenko|PERSON]], he goes by [[Sasha|PERSON]]. He came to [[Wrocław|CITY]] in [[2022|DATE]] because of the war. His CV was in Ukrainian and English, mixed, very messy. I asked [[ChatGPT|AI_PRODUCT]] to make a clean English profile for a client. It did it well. But I pasted the whole CV, and in [[Poland|COUNTRY]], people with Ukrainian temporary protection have a PESEL number, and his was on the CV, [[02271409862|NATIONAL_ID]]. I didn't think. My [[team lead|GENERIC_ROLE]], [[Marta|PERSON]], saw the chat on my screen and said, "[[Kasia|PERSON]], did you just give the AI his PESEL?" Yes. I did.

AI: What happened after that?

User: Nothing dramatic, but we made a rule: we anonymise first. [[Marta|PERSON]] made a checklist: no PESEL, no address, no date of birth, no photo. [[Sasha|PERSON]] got the job in the end, he's working for a company from [[Hamburg|CITY]] now, remote from [[Wrocław|CITY]], very happy. He sent me chocolates. Polish chocolates, [[Wedel|ORGANIZATION]], because he said Ukrainian ones are better but he didn't want to offend me.

AI: How do you share your own contact details with candidates?

User: On [[LinkedIn|SOFTWARE]] everyone can write to me, so that's easy. But in job ads, on the public boards, I write email the Polish way, with the word "małpa", which means monkey, that's what we call the at sign: [[kasia.w małpa nordlight kropka pl|OBF_EMAIL|polish_malpa_kropka]]. "Kropka" is dot. Polish candidates understand immediately, foreigners ask me why there is a monkey in my email. My phone is on my business card, [[+48 601 227 358|PHONE_NUMBER]], and I don't hide it, recruiters who hide their phones don't get calls back.

AI: How do you see the future of recruiting with AI?

User: Candidates use AI too now. I get cover letters that all sound the same, "I am thrilled to apply". And some people even use AI in technical interviews, reading answers from a second screen. A client in [[Kraków|CITY]] caught someone last month. So it goes both ways. Everybody on [[LinkedIn|SOFTWARE]] shares posts about how AI will replace recruiters, and then the same people ask me to find them a job on a [[Friday|GENERIC_TIME]] evening. I'm not worried yet. Also my son wants to be a footballer like [[Robert Lewandowski|PUBLIC_FIGURE]], not a recruiter, so the family business ends with me anyway.""")

# 17 — Singapore, MICE project manager
T.append("""AI: Hello, thank you for joining. Could you introduce yourself?

User: Hi, sure. I'm [[Darren Lim|PERSON]], [[39|AGE]] this year. I'm a [[MICE project manager|JOB_TITLE]] at [[Straits Meridian Events|ORGANIZATION]]. MICE is meetings, incentives, conferences, exhibitions. We're based in [[Tanjong Pagar|CITY]]. I've been doing this since [[2014|DATE]], after [[NTU|SCHOOL]], where I studied communications. Most of our work is corporate, pharma and finance conferences, and incentive trips to [[Japan|COUNTRY]], [[Bali|CITY]], [[Australia|COUNTRY]].

AI: Where do AI tools come into the picture?

User: Planning and writing. We use [[Cvent|SOFTWARE]] for registration, [[Slido|SOFTWARE]] for Q&A, [[Zoom|SOFTWARE]] for the hybrid sessions. The company gave us [[ChatGPT Team|AI_PRODUCT]] accounts last year, so I use that for run sheets, speaker briefs, emails in Bahasa for our [[Jakarta|CITY]] vendors. And [[Microsoft Copilot|AI_PRODUCT]] is in [[Outlook|SOFTWARE]], which my [[director|GENERIC_ROLE]] loves for summarising the long email chains with clients. For a three-day conference there are easily four hundred emails.

AI: Could you describe a recent project?

User: Last month we did a regional sales conference for a pharma client, [[Novartis|ORGANIZATION]], around three hundred delegates. The registration data from [[Cvent|SOFTWARE]] had everything, names, passport numbers for the visa letters, dietary needs, some medical stuff, like one delegate who needed a fridge for insulin. My colleague [[Nurul Aisyah|PERSON]] exported it and wanted [[ChatGPT|AI_PRODUCT]] to build the rooming list. I stopped her, because the export included NRIC numbers for the local delegates, like [[S8835172H|NATIONAL_ID]] for one of the VPs, and we have PDPA here, it's serious. We stripped it down to names and room types first. [[Nurul|PERSON]] was a bit annoyed, it took an extra hour.

AI: How do you share your own contact details with clients and vendors?

User: Work email is [[darren.lim@straitsmeridian.sg|EMAIL_ADDRESS]], very standard. On my [[Telegram|SOFTWARE]] and [[Instagram|SOFTWARE]] bio I put my mobile with those emoji number keys, you know, the little square digits: [[8️⃣1️⃣7️⃣7️⃣ 2️⃣2️⃣2️⃣4️⃣|OBF_PHONE|emoji_keycap_digits]]. My cousin said scrapers don't parse them. Older vendors in [[Johor Bahru|CITY]] find it a bit childish, but it works. My [[Telegram|SOFTWARE]] handle is [[@darrenlim_mice|SOCIAL_HANDLE]], vendors like [[Telegram|SOFTWARE]] more than email.

AI: Do your clients ask about how you use AI?

User: Increasingly, yes. Pharma clients especially, their [[procurement|GENERIC_ROLE]] sends a questionnaire, and now there's a whole section on AI. "Do you process attendee data with generative AI? Where is it hosted?" My [[director|GENERIC_ROLE]] had to get a proper answer from our IT vendor. In [[Singapore|COUNTRY]] the government also pushes AI a lot, [[Lawrence Wong|PUBLIC_FIGURE]] talks about it in every speech, so clients expect us to use it, but safely. It's a strange balance. Use it, but don't use it.

AI: What would make your work with AI better?

User: Honestly, a tool inside [[Cvent|SOFTWARE]] that does the rooming list and the transfers without exporting anything. Exporting is where the risk is. Right now every [[Tuesday|GENERIC_TIME]] we have an ops meeting and half of it is about spreadsheets. Also better translation for Japanese, because the incentive trips to [[Hokkaido|CITY]] need very polite letters to the ryokan, and [[ChatGPT|AI_PRODUCT]] writes Japanese like a robot, my Japanese supplier said. So we still pay a human translator for those, which I think is correct.""")

# 18 — Dubai, property consultant
T.append("""AI: Thanks for joining today. Could you tell me who you are and what you do?

User: Sure. [[Omar Haddad|PERSON]], I'm [[42|AGE]], originally from [[Amman|CITY]], and I'm a [[property consultant|JOB_TITLE]] with [[Marina Crest Properties|ORGANIZATION]] in [[Dubai|CITY]]. Our office is in [[Dubai Marina|CITY]], and I mainly do off-plan and secondary apartments in [[JVC|CITY]], the [[Marina|CITY]], and some villas on [[Palm Jumeirah|CITY]]. I moved to [[Dubai|CITY]] in [[2011|DATE]], and I've been in real estate since then. Before that I was in banking in [[Jordan|COUNTRY]].

AI: How does AI feature in your daily work?

User: Every day. Listings go on [[Property Finder|SOFTWARE]] and [[Bayut|SOFTWARE]], and I write the descriptions with [[ChatGPT|AI_PRODUCT]] in English, Arabic and Russian. Russian is important, a lot of buyers. Our CRM is [[Salesforce|SOFTWARE]], and all client communication is [[WhatsApp|SOFTWARE]], voice notes, photos, everything. I also use [[ChatGPT|AI_PRODUCT]] to calculate rough ROI for investors, rental yields, service charges. Of course I double-check, because once it calculated a yield of thirty percent, which, believe me, does not exist in [[JVC|CITY]].

AI: Can you tell me about a client interaction where AI came in?

User: I had an investor from [[India|COUNTRY]], Mr [[Kapoor|PERSON]], [[Rajiv Kapoor|PERSON]], buying three units off-plan for his kids. For the reservation we need the passport and the Emirates ID if they are resident. He's resident, so he sent me his Emirates ID, [[784-1979-4412093-6|NATIONAL_ID]], on [[WhatsApp|SOFTWARE]]. I was preparing the forms and I asked [[ChatGPT|AI_PRODUCT]] to fill a summary with all the details so I could send it to our [[conveyancing team|GENERIC_ROLE]]. So his Emirates ID went into [[ChatGPT|AI_PRODUCT]]. My [[sales manager|GENERIC_ROLE]], [[Dmitri|PERSON]], he is Russian, very direct, he said "[[Omar|PERSON]], habibi, this is how people go to jail". He was joking, but not completely.

AI: How do you share your own contact details? You must give them out constantly.

User: Constantly. My mobile is [[+971 50 318 7702|PHONE_NUMBER]], it's on every listing, it's the whole business. My broker card number, [[BRN 48213|NATIONAL_ID]], also has to be on every ad, that's the RERA rule. But my email, on the listings and on [[Instagram|SOFTWARE]], I put spaces everywhere, like [[omar . haddad @ marinacrest . ae|OBF_EMAIL|spaced_symbols]], because the portals' scrapers were sending my email to every spam list in the world. People understand. And my [[Instagram|SOFTWARE]] is [[@omar.sells.dubai|SOCIAL_HANDLE]], that's where I get the younger buyers.

AI: Do clients ever ask whether you use AI?

User: Some do. Europeans ask, especially Germans, they care about data. Russians and Indians, less. One British lady, [[Charlotte Pemberton|PERSON]], asked me if the video tour was real or AI, because it looked too perfect. It was real, just good lighting. There's also a lot of fake AI content in this market. Fake listings, fake renders, fake "sold" posts. Someone even used a photo of [[David Beckham|PUBLIC_FIGURE]]'s villa on the [[Palm|CITY]] to advertise a different villa. So trust is the product, really.

AI: What would you like to see change?

User: I'd like the agency to give us one proper AI tool, with a contract, so I stop putting Emirates IDs into a free chat. And I'd like the portals to fix their scraping. [[Dmitri|PERSON]] says next [[quarter|GENERIC_TIME]] we get something. In [[Ramadan|GENERIC_TIME]] it's quieter, maybe then we'll have time for training. In the [[United Arab Emirates|COUNTRY]] everything moves fast except training, ha.""")

# 19 — Paris, insurance branch adviser
T.append("""AI: Bonjour, thank you for being here. Could you present yourself and your work?

User: Bonjour. I'm [[Nadia Benali|PERSON]], I'm [[47|AGE]], and I'm a [[customer adviser|JOB_TITLE]] in the branch of [[Mutuelle Saint-Aubin|ORGANIZATION]] in the [[11th arrondissement|CITY]] of [[Paris|CITY]]. So I'm at the front desk, people come in for their health insurance, claims, reimbursements, changes of address. I've been there since [[2006|DATE]]. Before, I worked for a travel agency in [[Montreuil|CITY]].

AI: How do AI tools come into your work?

User: It's funny, because the AI tool I use is called [[Claude|AI_PRODUCT]], and my colleague at the next desk is also called [[Claude|PERSON]], [[Claude Mercier|PERSON]]. So when I say "I'll ask [[Claude|AI_PRODUCT]]", he turns around, but I almost always mean the computer, because [[Claude Mercier|PERSON]] is on his break half the day. The company also tested [[Le Chat|AI_PRODUCT]] from [[Mistral|ORGANIZATION]], because it's French and the [[director|GENERIC_ROLE]] likes that. Our claims software is internal, it's old, there is no AI inside. And [[Excel|SOFTWARE]] and [[Outlook|SOFTWARE]], like everyone.

AI: What do you use it for, concretely?

User: Mainly to write letters to members that are not terrible. When someone is refused a reimbursement, the standard letter is so cold. I ask the AI to make it kinder and clearer. I never put the name. But one time, I'll admit, a member, Monsieur [[Gérard Lefèvre|PERSON]], was very angry at the desk, and I copied his whole email into the chat, with his social security number, [[1 52 03 75 114 082 47|NATIONAL_ID]], to understand what he was asking. He writes very long emails, five pages. After, I realised, and I told my [[manager|GENERIC_ROLE]]. She said don't do it again, but she also said she does the same with [[Le Chat|AI_PRODUCT]] sometimes. So.

AI: How do you and your colleagues share contact details with members?

User: The branch number is public. But we have a problem with scam calls pretending to be us, so our personal details we write carefully. On the little card I give to members, I write my email like this: [[nadia.benali arobase mutuelle-saint-aubin point fr|OBF_EMAIL|french_arobase_point]]. "Arobase" is the at sign in French. And the direct line I write in words, because the young colleague said it stops the robots: [[zéro un, quarante-trois, dix-huit, soixante-quinze, zéro trois|OBF_PHONE|french_number_words_pairs]]. In [[France|COUNTRY]] we say phone numbers by pairs, so it's natural for us.

AI: Do members ask about AI?

User: Older members no. Younger members ask if they can do everything with a chatbot instead of coming in. Some things, yes. But when someone's husband just died and they come with the papers, they don't want a chatbot. They want a person and a box of tissues. [[Emmanuel Macron|PUBLIC_FIGURE]] talks about [[France|COUNTRY]] being a leader in AI, with [[Mistral|ORGANIZATION]] and all that, very good, but at my desk it's still paper and tears and stamps.

AI: What would you change, if you could?

User: I would want clear rules from headquarters in [[Lyon|CITY]], where the IT is, and one tool, not two. And I would like that the AI knows our contracts, the real conditions, because now it guesses. Also I want [[Claude|PERSON]] to take shorter breaks, but no AI can fix that. In [[August|GENERIC_TIME]] half the branch is on holiday and I'm alone with the computer [[Claude|AI_PRODUCT]], so maybe then we will become good friends.""")

# 20 — Dublin, citizens information officer
T.append("""AI: Thanks for meeting me. Could you tell me a bit about yourself and your work?

User: Of course. My name's [[Siobhán Ní Bhriain|PERSON]], I'm [[58|AGE]], and I'm a [[citizens information officer|JOB_TITLE]] at the [[Rathmines Citizens Information Centre|ORGANIZATION]] in [[Dublin|CITY]]. People come to us with anything: social welfare, housing, tenancy problems, immigration questions, medical cards. It's a drop-in desk and phone line. I've been there since [[2009|DATE]]; before that I was a secretary in a solicitor's office in [[Galway|CITY]].

AI: Do you use any AI tools in that role?

User: A little, and carefully. We have [[Microsoft Copilot|AI_PRODUCT]] now through the work account, and I use it to help with plain-language explanations. The rules on social welfare are so complicated. I'll ask it to explain, say, the difference between two payments in simple English, then I check it against our own website, because it's been wrong. I've played with [[ChatGPT|AI_PRODUCT]] at home too, mostly for recipes, to be honest. Our case notes go into our own system, no AI there, thank God.

AI: Can you describe a case where AI was useful, or not?

User: Useful: a young woman from [[Brazil|COUNTRY]], [[Larissa|PERSON]], a student, came in about her landlord keeping her deposit. Her English is good but the legal terms were hard. I used [[Copilot|AI_PRODUCT]] to make a short Portuguese summary of her rights, without her name in it, and she took a photo of it. She got the deposit back, eventually. Not useful: an older man, [[Paddy Gorman|PERSON]], came in with a printout from some chatbot saying he was entitled to a grant that doesn't exist. It took me an hour to convince him. He'd given that website his PPS number, [[6624918TA|NATIONAL_ID]], and his bank details. I had to help him ring the bank.

AI: How do people share their contact details at your desk?

User: They read them out, or they hand me their phone. And we have a lot of people who don't have email, so they give a daughter's or a neighbour's. We ask for consent, of course. For our own outreach, we put up bilingual posters in the library, English and Irish, and my colleague [[Dawn|PERSON]] insisted the mobile for the outreach worker is written in Irish words on the Irish side: [[a náid, a hocht, a seacht, a dó, a haon, a naoi, a ceathair, a sé, a cúig, a haon|OBF_PHONE|irish_number_words]]. Half of [[Dublin|CITY]] can't read that, which is maybe [[Dawn|PERSON]]'s idea of privacy. My own work email is plain, [[siobhan.nibhriain@rathminescic.ie|EMAIL_ADDRESS]].

AI: How do you feel about AI being used more in public-facing services?

User: Nervous. I see people who've been let down by systems already. If a chatbot gives someone wrong information about their entitlements, who's responsible? I heard [[Micheál Martin|PUBLIC_FIGURE]] say something about AI and public services and I thought, lovely, but come and sit at my desk on a [[Monday morning|GENERIC_TIME]]. The queue is out the door. Half of them need a human who'll ring the council for them. And there are people from [[Ukraine|COUNTRY]] now too, who need so much help with everything.

AI: Is there anything you'd like to see change?

User: Training, proper training, not a video. Our [[development officer|GENERIC_ROLE]] did a session in [[October|GENERIC_TIME]], forty minutes, and most of it was about passwords. I'd like to know what happens to what I type into [[Copilot|AI_PRODUCT]]. Where does it go? And I'd like the chatbots on dodgy websites shut down. [[Dawn|PERSON]] says I'm turning into my mother. Maybe so. She was a postmistress in [[Ennis|CITY]] for thirty years, and she knew everyone's business and never told a soul.""")

# 21 — Seoul, cosmetics export sales
T.append("""AI: Annyeonghaseyo, thank you for joining. Could you introduce yourself?

User: Annyeonghaseyo! I'm [[Park Ji-woo|PERSON]]. In English emails I'm [[Jiwoo Park|PERSON]], which confuses foreign buyers, they call me Mr [[Park|PERSON]], but I'm a woman, ha. I'm [[29|AGE]], and I'm an [[export sales specialist|JOB_TITLE]] at [[Hanbit Cosmetics|ORGANIZATION]], a skincare brand. Our office is in [[Gangnam|CITY]], [[Seoul|CITY]]. I handle [[Southeast Asia|CONTINENT]], mainly [[Vietnam|COUNTRY]], [[Thailand|COUNTRY]] and [[Malaysia|COUNTRY]]. I joined in [[2020|DATE]], after [[Ewha Womans University|SCHOOL]].

AI: How do you use AI in your sales work?

User: Every day. For translation I use [[Papago|AI_PRODUCT]], because it's better for Korean, and [[ChatGPT|AI_PRODUCT]] for English emails and for product descriptions for distributors. We also tested [[HyperCLOVA X|AI_PRODUCT]] from [[Naver|ORGANIZATION]], because the company prefers Korean servers. All internal chat is on [[KakaoTalk|SOFTWARE]], and orders are in [[Excel|SOFTWARE]], many, many [[Excel|SOFTWARE]] files. With buyers abroad I use [[Zalo|SOFTWARE]] for [[Vietnam|COUNTRY]] and [[LINE|SOFTWARE]] for [[Thailand|COUNTRY]], because everyone has a different app.

AI: Could you tell me about a buyer relationship where AI played a part?

User: Yes. Our biggest distributor in [[Ho Chi Minh City|CITY]] is Mr [[Nguyen Van Long|PERSON]]. He writes very short messages on [[Zalo|SOFTWARE]], in English mixed with Vietnamese. I put his messages in [[ChatGPT|AI_PRODUCT]] to understand the tone, is he angry or just busy. Sometimes [[ChatGPT|AI_PRODUCT]] says "the buyer seems frustrated" and then I call him and he is totally happy, just busy. So now I use it less for tone. My [[team leader|GENERIC_ROLE]], [[Kim Min-seok|PERSON]], says, "[[Jiwoo|PERSON]], just call him." He's right, but calling is scary for me.

AI: Have you ever put sensitive information into these tools?

User: Once, yes. I had to register for a trade fair in [[Bangkok|CITY]], and the form was in English and very complicated. I pasted my own information into [[ChatGPT|AI_PRODUCT]] to help, including my resident registration number, [[950314-2184726|NATIONAL_ID]]. In [[Korea|COUNTRY]] that number is used for everything, and there have been big leaks, so people are very sensitive. My colleague [[Sunny|PERSON]], her real name is [[Lee Seon-hee|PERSON]], but everyone calls her [[Sunny|PERSON]], she saw it and said delete the chat, now. I deleted it. I don't know if that helps.

AI: How do you share your contact details with buyers?

User: My business card has my mobile, [[010-4827-3391|PHONE_NUMBER]], and [[WeChat|SOFTWARE]] and [[KakaoTalk|SOFTWARE]] IDs. On our company website, the staff emails are written the Korean way to avoid spam bots: [[jiwoo.park (골뱅이) hanbitcos (쩜) com|OBF_EMAIL|korean_golbaengi_jjeom]]. 골뱅이 is the snail, what we call the at sign, and 쩜 is dot. Foreign buyers never understand, so on [[LinkedIn|SOFTWARE]] I write it normally, but only there. My [[LinkedIn|SOFTWARE]] is [[linkedin.com/in/jiwoo-park-kbeauty|URL]].

AI: How do you see AI changing your work in the future?

User: I think translation will be almost perfect soon, so language won't be my advantage anymore. That's a little scary. But buyers still want to meet. Mr [[Nguyen|PERSON]] only signed the big contract after I flew to [[Vietnam|COUNTRY]] and we had dinner and karaoke. Also, K-beauty is about trends, and buyers ask "what is hot in [[Seoul|CITY]] right now?", they want a real person's opinion. And everybody wants [[BTS|PUBLIC_FIGURE]] in the marketing, which we cannot afford, ha. Maybe after [[Chuseok|GENERIC_TIME]] I will ask the company for a proper AI policy. Right now it's just [[Sunny|PERSON]] watching my screen.""")

# 22 — Chicago, deputy county clerk
T.append("""AI: Thanks so much for talking with me. Could you tell me about yourself and your job?

User: Sure thing. I'm [[Tamika Johnson|PERSON]], I'm [[51|AGE]], and I'm a [[deputy clerk|JOB_TITLE]] with the [[Cook County Clerk's Office|ORGANIZATION]], downtown [[Chicago|CITY]], in the [[Loop|CITY]]. I work the public counter: marriage licenses, birth and death certificates, some voter registration stuff. I've been with the county since [[2003|DATE]]. Twenty-some years of people's best days and worst days, sometimes in the same hour.

AI: That's a striking way to put it. Do you use AI at work?

User: Not at the counter itself. The county has been careful. We got [[Microsoft Copilot|AI_PRODUCT]] in the office for email and documents, and there's a whole policy from [[IT|GENERIC_ROLE]] about it. At home I use [[ChatGPT|AI_PRODUCT]] a lot, for my church newsletter and my grandson's homework, which he should be doing himself. At work, [[Copilot|AI_PRODUCT]] helps me draft the FAQ handouts. We get the same ten questions all day, so I had it write plain-language answers in English and Spanish, and then our Spanish-speaking clerk, [[Guadalupe Reyes|PERSON]], fixed the Spanish, because it was a little stiff.

AI: Can you give an example of how people at the counter bring AI in?

User: Oh, they bring it in on their phones now. Last month a young couple, [[Jorge|PERSON]] and [[Ashley|PERSON]], came for a marriage license and they'd asked [[ChatGPT|AI_PRODUCT]] what to bring. It told them they needed blood tests. [[Illinois|CITY]] dropped that decades ago. They'd gone and gotten blood tests. Sweetest couple, and they were so mad at the phone. Another gentleman read his whole Social Security number out loud to me, [[412-68-3390|NATIONAL_ID]], because a chatbot told him I'd need it for a death certificate for his mother. We don't need that at the counter. I had to tell him, sir, please lower your voice, there's thirty people behind you.

AI: Ms. [[Johnson|PERSON]], how do you handle your own contact details, given you're dealing with the public?

User: Carefully. Working the counter, you meet all kinds, and I had a man a few years back who got a little fixated on one of our clerks. Since then we don't give out direct lines. The public gets the main number. On our internal directory and on the community outreach flyers, where my name is, my email is written [[t.johnson(at)cookcountyclerk(dot)gov|OBF_EMAIL|paren_at_dot]], so it's harder for the bots and the weirdos. For the outreach events, like the weddings at Millennium Park on [[Valentine's Day|GENERIC_TIME]], people can reach me that way.

AI: What do you think about AI in government services more broadly?

User: I'm not against it. I heard Mayor [[Brandon Johnson|PUBLIC_FIGURE]], no relation, people always ask, talk about modernizing city services, and the county talks the same way. Fine. But a lot of our folks are older, or they speak Polish, or Spanish, or they're from [[Pilsen|CITY]] or [[Cicero|CITY]] and they don't trust a screen. Some of them don't have a smartphone. If you put everything behind a chatbot, you leave those folks behind. My [[supervisor|GENERIC_ROLE]] agrees with me on that, thank the Lord.

AI: Is there anything you'd want from AI, if it were up to you?

User: A really good translator at the counter. We have folks who speak Polish, Arabic, Tagalog, Ukrainian. [[Guadalupe|PERSON]] can't do all of them. If I could hold up a tablet and it translated for us, without saving anything, that would be a blessing. But it has to not save anything. I've seen what happens when records get out. We open at [[8:30|GENERIC_TIME]] and by nine there's a line around the corner. I'll take any help that actually helps.""")

# 23 — Stockholm, business travel consultant
T.append("""AI: Hej, thanks for joining. Could you introduce yourself?

User: Hej! [[Johan Lindqvist|PERSON]], [[37|AGE]]. I'm a [[business travel consultant|JOB_TITLE]] at [[Nordpil Resor|ORGANIZATION]], we're on [[Södermalm|CITY]] in [[Stockholm|CITY]]. We handle corporate travel for mid-sized companies, engineering firms, a couple of universities. I've been here since [[2016|DATE]]. Before that I worked at the airport in [[Arlanda|CITY]], at a check-in desk, so I've heard every excuse for a heavy suitcase.

AI: How do AI tools figure in your work?

User: The booking itself is [[Sabre|SOFTWARE]] and our clients use [[SAP Concur|SOFTWARE]] for expenses, so the core systems have no real AI, just automation. But I use [[ChatGPT|AI_PRODUCT]] for the messy parts: comparing train versus flight for a group, writing travel policies for clients, explaining carbon reporting. And [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] summarises our morning meeting, which is nice because I'm never fully awake at [[8 a.m.|GENERIC_TIME]]

AI: Could you tell me about a client situation where AI helped or caused trouble?

User: One of our clients is an engineering firm in [[Västerås|CITY]], [[Norrström Teknik|ORGANIZATION]]. Their [[travel manager|GENERIC_ROLE]], [[Anneli Bergström|PERSON]], asked me to plan a trip for fifteen engineers to a mine near [[Kiruna|CITY]] and then on to [[Norway|COUNTRY]]. I used [[ChatGPT|AI_PRODUCT]] to draft the itinerary and compare night train options. Very good. But I also pasted the traveller list from her email, and it had personnummer for everyone, because she'd copied it from their HR system. For example, one of the engineers, [[Henrik Sjöberg|PERSON]], [[19860712-4431|NATIONAL_ID]]. In [[Sweden|COUNTRY]] that number is everywhere, but still. My [[team leader|GENERIC_ROLE]] said we should never paste lists, only counts and dates. Fair.

AI: How do you share your own contact details with clients?

User: My direct number is on every booking confirmation, [[070-482 19 55|PHONE_NUMBER]], because if someone is stuck in [[Frankfurt|CITY]] at midnight they need to reach a human. But on our website and in some public procurement documents, we write email like this: [[johan punkt lindqvist snabel-a nordpil punkt se|OBF_EMAIL|swedish_snabel_a_punkt]]. "Snabel-a" means "elephant trunk A", that's the at sign in Swedish. Foreign colleagues think it's hilarious. It does seem to cut spam.

AI: Has AI changed the way your clients travel?

User: A bit. More clients care about climate now, partly because of [[Greta Thunberg|PUBLIC_FIGURE]], flygskam and all that, and they want the train when it's realistic. [[ChatGPT|AI_PRODUCT]] is actually good at finding train routes to [[Gothenburg|CITY]] or [[Oslo|CITY]] that beat flying door to door. But it once told a client there was a direct night train to [[Berlin|CITY]] on a day it didn't run, and she believed the chatbot more than me. [[Anneli|PERSON]] had to call me from the platform. Since then I always say: check with me, not the robot.

AI: Anything you'd like to see change?

User: I'd like our clients to stop sending personnummer by email, AI or not. And I'd like a proper company policy. We have a draft from [[spring|GENERIC_TIME]], still a draft. Around [[Midsummer|GENERIC_TIME]] nothing happens in [[Sweden|COUNTRY]], and in [[December|GENERIC_TIME]] everyone is booking Christmas trips. So maybe it gets done in [[February|GENERIC_TIME]]. Maybe.""")

# 24 — Buenos Aires, SME business consultant
T.append("""AI: Hola, thank you for joining. Could you tell me about yourself?

User: Hola, con gusto. I'm [[Martín Sosa|PERSON]], I'm [[50|AGE]], and I'm an [[independent business consultant|JOB_TITLE]], I help small and medium companies with processes, costs, sometimes succession in family businesses. My firm is [[Consultora Río Claro|ORGANIZATION]], it's me, two associates and an assistant, in [[Palermo|CITY]], [[Buenos Aires|CITY]]. I studied economics at the [[UBA|SCHOOL]] and worked for a bank until [[2008|DATE]], then went independent.

AI: How are you using AI in your consulting?

User: Much more than I expected. With inflation in [[Argentina|COUNTRY]], clients need scenarios all the time, so I use [[ChatGPT|AI_PRODUCT]] to help me build the logic of cost models in [[Excel|SOFTWARE]]. [[Gemini|AI_PRODUCT]] I use for reading long documents in [[Google Drive|SOFTWARE]]. Many of my clients run their accounting in [[Tango Gestión|SOFTWARE]], and I export reports from there. And everything, everything, goes through [[WhatsApp|SOFTWARE]]. Argentine businessmen don't read email.

AI: Can you describe a client engagement where AI was involved?

User: Yes. A family winery in [[Mendoza|CITY]], [[Bodega Los Alerces|ORGANIZATION]]. The founder, Don [[Aníbal Ferreyra|PERSON]], is [[eighty-one|AGE]], and his two children don't agree on anything. I interviewed each family member and used [[ChatGPT|AI_PRODUCT]] to organise my notes into a report on the succession options. Very useful. But of course the notes had personal things, who is angry with whom, health of Don [[Aníbal|PERSON]], and the CUIT numbers of each family member from the company documents, for example the daughter, [[Florencia|PERSON]], [[27-28456019-4|NATIONAL_ID]]. I didn't think about it at the time. My associate, [[Lucía|PERSON]], is younger and more careful, and she told me to use codes next time, "Heir A", "Heir B", like in a novel.

AI: How do you share your own contact details?

User: My email is [[msosa@rioclaro.com.ar|EMAIL_ADDRESS]], nothing special. But my mobile, on the website, we write in words, in Spanish, because the bots were stealing it and I got calls from telemarketers offering me things all day: [[once, quince, cuarenta y dos ochenta, treinta y uno diecinueve|OBF_PHONE|spanish_number_words]]. Argentines can read it instantly. A gringo client once asked me if it was a poem. The office is at [[Gurruchaga 1840|ADDRESS]], in [[Palermo|CITY]], second floor, but most meetings are at cafés anyway.

AI: How do your clients feel about you using AI?

User: Most don't ask. Those who ask, I tell them. One client, a textile factory owner in [[Avellaneda|CITY]], [[Jorge Tabakman|PERSON]], said "so why do I pay you, if [[ChatGPT|AI_PRODUCT]] does it?" I said, "[[Jorge|PERSON]], [[ChatGPT|AI_PRODUCT]] doesn't know that your brother-in-law steals fabric." He laughed, and he renewed. The value is the judgement and the trust. Also, with [[Javier Milei|PUBLIC_FIGURE]] and the deregulation, everything changes every month, and the models don't know last month's rules. So I check the official bulletin myself every [[Monday|GENERIC_TIME]].

AI: What concerns do you have going forward?

User: Privacy, after what [[Lucía|PERSON]] said. And the dependence. I see young consultants who cannot build a model without AI. If the tool is wrong, they don't notice. Also I worry that clients will use it directly and get bad advice. But I'm optimistic, in a typically Argentine way, which means optimistic and worried at the same time. Like watching [[Lionel Messi|PUBLIC_FIGURE]] take a penalty.""")

# 25 — Auckland, HR and recruitment consultant
T.append("""AI: Kia ora, thanks for joining. Could you tell me about yourself and your work?

User: Kia ora! I'm [[Aroha Ngata|PERSON]], I'm [[43|AGE]], and I'm an [[HR consultant|JOB_TITLE]] with [[Kōwhai People|ORGANIZATION]]. We're a small consultancy in [[Ponsonby|CITY]], [[Auckland|CITY]]. We do outsourced HR and recruitment for small businesses, builders, cafés, a couple of iwi organisations. I've been consulting since [[2015|DATE]]; before that I was in HR at a hospital in [[Rotorua|CITY]], which is where my whānau are from.

AI: Where does AI fit into your day?

User: A lot of writing. Job ads, employment agreements, policies. I use [[ChatGPT|AI_PRODUCT]] for first drafts, and [[Microsoft Copilot|AI_PRODUCT]] in [[Word|SOFTWARE]] for tidying. Payroll for most clients is in [[Xero|SOFTWARE]], HR records are in [[Employment Hero|SOFTWARE]], and job ads go on [[Seek|SOFTWARE]] and [[Trade Me Jobs|SOFTWARE]]. [[ChatGPT|AI_PRODUCT]] is really good at writing a job ad that doesn't sound like it was written by a lawyer. For a plumber's apprentice, you don't want "dynamic self-starter".

AI: Tell me about a recent case where you used these tools.

User: We had a disciplinary process at a construction company in [[Manukau|CITY]], [[Tane Construction|ORGANIZATION]]. An employee, I'll call him by his name because you said it's anonymised later, [[Sione Taufa|PERSON]], was accused of something on site. I used [[ChatGPT|AI_PRODUCT]] to draft the investigation plan and the letters, and yeah, I put in his name and the details of the allegation at first. Also his IRD number was in the file I copied, [[049-091-850|NATIONAL_ID]]. My colleague [[Hemi|PERSON]] caught it when we were reviewing together. He said, "[[Aroha|PERSON]], that's the man's whole livelihood in a chatbot." He was right. I rewrote everything with "the employee".

AI: How do you share your contact details with clients and candidates?

User: My mobile is [[021 448 372|PHONE_NUMBER]], that's on my card and everywhere, tradies want to text, not email. On our website my email has a little trick: [[aroha.ngata@NOSPAM.kowhaipeople.co.nz|OBF_EMAIL|remove_token]], and underneath it says "remove NOSPAM before sending". My nephew set it up. Most humans figure it out. Some candidates just send it with the NOSPAM, and it bounces, and they ring me confused, which is fine, I like talking to people. One young fella, [[Tui|PERSON]], texted me instead, all lowercase, "hey its [[tui|PERSON]] did u get my cv", which made my day.

AI: What do you think about AI in HR more broadly?

User: Mixed. Some big employers in [[Australia|COUNTRY]] are using AI to screen CVs, and I worry about bias. Our candidates are often Māori and Pasifika, with gaps in their CVs because of family responsibilities, and a machine sees "gap" and says no. A human sees someone who looked after their nan. When [[Christopher Luxon|PUBLIC_FIGURE]] talks about productivity and AI, I think, fine, but whose productivity? I went to a session with [[Hemi|PERSON]] in [[Wellington|CITY]] in [[June|GENERIC_TIME]] about AI and Māori data sovereignty, and it changed how I think about what goes into these tools.

AI: Is there anything you'd like to see change in how you or your clients use AI?

User: I want a clear little policy for our clients, a one-pager. Names out, IRD numbers out, health info out. And I'd like the tools to be hosted here in [[New Zealand|COUNTRY]], or at least to know where the data goes. [[Hemi|PERSON]] and I are writing that one-pager now. We're aiming for before [[Matariki|GENERIC_TIME]], so we'll see. Ka kite.""")

for i, raw in enumerate(T, 1):
    text, _ = build(raw.strip())
    n = len(text.split())
    print("words", i, n)
    assert 500 <= n <= 1100, (i, n)

write_set(T, "set_ax")
