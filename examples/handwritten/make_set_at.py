import sys, json, os
from markup import write_set
T = []

# ---------- 1: Kenya, Kisumu - home-based tailor ----------
T.append("""AI: Thank you for making time today. To start, could you tell me a little about yourself and the work you do?

User: Sure. My name is [[Akinyi Odhiambo|PERSON]], I am [[38|AGE]], and I'm a [[tailor|JOB_TITLE]]. I work from home in [[Nyalenda|CITY]], in [[Kisumu|CITY]]. I have an old treadle machine that was my mother's and an electric one I bought in [[2019|DATE]] with a loan from our chama. Most people around here don't even call me [[Akinyi|PERSON]], they call me Mama [[Otieno|PERSON]], because my firstborn is [[Otieno|PERSON]]. He is [[nine|AGE]]. The small one, [[Achieng|PERSON]], is [[three|AGE]], so she is always under the table playing with the scraps.

AI: So the workshop and the household are really the same room. Where does AI come into that?

User: It started with my husband's cousin, [[Wycliffe|PERSON]]. He is the one in the family who knows phones. He put [[ChatGPT|AI_PRODUCT]] on my phone last [[December|GENERIC_TIME]] and showed me that I can ask it things in English and even in Swahili. Now I use it mostly for pricing. Before, I was just guessing. A [[customer|GENERIC_ROLE]] comes with a picture of a kitenge dress and says, make me this one, and I say fifteen hundred, and later I find I have lost money on the lining and the zip. Now I type the measurements and what the fabric cost me at [[Kibuye|CITY]] market, and it helps me work out what I should really charge.

AI: Does anyone else in the household or the neighbourhood get involved in that?

User: Everyone gets involved, that is the problem! [laughs] My neighbour, mzee [[Ouma|PERSON]], he is [[seventy-one|AGE]], he sits on the bench outside and tells every [[customer|GENERIC_ROLE]] that my prices are too high. And my mother-in-law, she stays with us, she keeps the book where we write who has paid and who has not. She doesn't trust the phone at all. So I read the [[ChatGPT|AI_PRODUCT]] answer out to her and she writes it in the exercise book with her own figures next to it. Then in our chama, [[Tujijenge Women Group|ORGANIZATION]], there are eleven of us and we meet every [[Thursday|GENERIC_TIME]]. I showed them how I do the pricing, and now [[Pendo|PERSON]], the one who plaits hair near the stage, uses it for her price list also.

AI: How do customers find you? Do you use social media for the business?

User: Yes, [[TikTok|SOFTWARE]] mostly. My account is [[@akinyi_stitches|SOCIAL_HANDLE]]. I post the finished dresses, and sometimes [[Otieno|PERSON]] holds the phone for the video. I asked [[Gemini|AI_PRODUCT]] to help me with the captions because my English spelling is not the best. Some ladies want exactly what [[Lupita Nyong'o|PUBLIC_FIGURE]] wore at some awards, they send me the photo, and I ask the AI what that style of sleeve is called so I can look for a pattern. When they want to order, it is [[WhatsApp|SOFTWARE]]. But I don't like to put my number plainly on [[TikTok|SOFTWARE]] because people from anywhere start calling at night asking nonsense. So I write it with dots in between, like [[0 7 1 2 . 4 4 8 . 3 0 9|OBF_PHONE|spaced_digits]], and the serious ones figure it out. If mine is off, they can use my husband's line, [[0733 615 204|PHONE_NUMBER]]. Payments come on [[M-Pesa|SOFTWARE]]. For the bigger orders from schools, uniforms and so on, they write to our chama box, [[P.O. Box 1127-40100|ADDRESS]], [[Kisumu|CITY]].

AI: Has using AI changed how you deal with official things, like forms? And does anything about it worry you?

User: A little bit. Last year the county was registering small traders and the form wanted my ID number, [[28456137|NATIONAL_ID]], and my [[KRA|ORGANIZATION]] PIN, [[A009384721K|NATIONAL_ID]], and other things I didn't understand, like "nature of enterprise". [[Wycliffe|PERSON]] told me never to type the ID itself into the AI, so I only typed the questions, like what does this box mean, and then I filled the numbers by hand. I think that was wise. What worries me is other things. Sometimes it gives me prices in dollars, or it says "consult a professional". I am the professional! [laughs] And it doesn't know how things work here, that a [[customer|GENERIC_ROLE]] will pay half now and half at month end, or will bring a chicken at [[Christmas|GENERIC_TIME]] instead of cash. Also the power goes off in [[Nyalenda|CITY]] almost every evening, so I cannot depend on it. I still keep the exercise book, and my mother-in-law keeps hers.

AI: If you could change one thing about these tools for someone in your position, what would it be?

User: For it to understand Dholuo properly, and to speak it. My mother-in-law would use it then. She is [[seventy-four|AGE]] and she is sharper than me with numbers, she just doesn't read English. If it could talk to her in Luo, she would be the one running the business and I would just be sewing. [laughs] Honestly, that would be fine with me.""")

# ---------- 2: Uganda, Mbale - coffee co-op secretary ----------
T.append("""AI: Thanks for joining. Could you introduce yourself and tell me what your work looks like day to day?

User: I am [[Wandera Peter Mafabi|PERSON]], people just say [[Wandera|PERSON]]. I am [[44|AGE]] years. I grow arabica on about two acres above [[Bududa|CITY]], and I am also the [[secretary|JOB_TITLE]] of the cooperative, the [[Bugisu Highland Farmers Cooperative|ORGANIZATION]]. We are two hundred and six members. My day is the garden in the morning, then the co-op office in [[Mbale|CITY]] in the afternoon if there is transport, then records in the night.

AI: And where does AI fit into that?

User: Mostly records and letters. We were certified for the export buyers in [[October 2022|DATE]] and since then the paperwork is too much. The buyers want traceability, which farmer, which plot, how many kilos. I keep it in [[Excel|SOFTWARE]], and I use [[ChatGPT|AI_PRODUCT]] to help me with the formulas and to draft the letters in good English. Mr. [[Nabende|PERSON]], who heads our board, used to write the letters himself by hand and they would take one week. Now I draft it in the evening and he signs in the morning.

AI: Does anyone help you with the technology side?

User: My nephew [[Sunday|PERSON]]. He is [[17|AGE]], he stays with us during holidays. He is the one who showed me how to talk to it with voice. Funny enough, I only get to sit with him on [[Sunday|GENERIC_TIME]] after church, because the other days he is in the garden with me or gone to town. My daughter [[Patience|PERSON]] also knows it, she is [[14|AGE]], at [[Nabumali High School|SCHOOL]]. She uses it for her biology homework and I tell her, you need patience to learn things properly, don't just copy. [laughs] She doesn't like that joke.

AI: It sounds like [[Sunday|PERSON]] and [[Patience|PERSON]] are your tech team. How do the other members feel about the co-op using these tools?

User: Mixed. The old ones, like jjajja [[Khaukha|PERSON]], she is maybe [[eighty|AGE]], she says the machine will steal our coffee. [laughs] Others are happy because when the [[extension officer|JOB_TITLE]] from [[UCDA|ORGANIZATION]], Ms. [[Namono|PERSON]], sends the long guidelines, I ask [[Gemini|AI_PRODUCT]] to summarise and then I translate into Lumasaba and explain at the meeting. That saves a lot of confusion. Even [[Museveni|PUBLIC_FIGURE]] talks about coffee on the radio, so people know it is serious business now.

AI: Are there records or contact details you have to be careful with?

User: Yes, very. Each member has a number, for example my own is [[BHFC-0412|NATIONAL_ID]], and we also collect the national ID for the mobile money payments. Mine is [[CM78041102PKLE|NATIONAL_ID]]. I never put those into the AI. I make a copy of the sheet with only the member numbers removed and then I ask my questions. [[Sunday|PERSON]] taught me that. For outside people, buyers and so on, we have the office line, [[+256 772 418 903|PHONE_NUMBER]], and the email. But on the poster at the washing station we wrote the email like [[bugisuhighland [at] gmail [dot] com|OBF_EMAIL|bracket_at_dot]] because my wife [[Nabulo|PERSON]] read somewhere that robots collect emails from pictures on the internet. I don't know if it is true but it does no harm.

AI: What would make these tools more useful for a co-op like yours?

User: If it knew the coffee prices from the [[Mbale|CITY]] buyers every day, and if it could work without data bundles. Internet up on the hill is very weak. Also, sometimes it writes letters that are too sweet, too many "we are delighted". The buyers in [[Germany|COUNTRY]] don't care if we are delighted, they want the kilos and the moisture content. [laughs] So I cut half of what it gives me. Still, it is like having a clerk that doesn't ask for lunch.""")

# ---------- 3: Ethiopia, Hawassa - family coffee house bookkeeper ----------
T.append("""AI: Hello, and thank you for talking with me. Can you start by telling me about your work?

User: Yes. I'm [[Meron Tesfaye|PERSON]], I'm [[29|AGE]], and I do the books for my uncle's coffee business in [[Hawassa|CITY]]. It's called [[Lake Side Buna House|ORGANIZATION]], we roast and sell beans, and there's a small café in front where my aunt does the ceremony for guests. So officially I'm the [[bookkeeper|JOB_TITLE]], but in a family business you are everything. Yesterday I was carrying sacks.

AI: How did you come to be working there?

User: I finished accounting at [[Hawassa University|SCHOOL]] and I was looking for a job in [[Addis Ababa|CITY]], and my uncle, Ato [[Girma|PERSON]], said why go to [[Addis|CITY]] and pay rent when we need you here. So I started in [[Meskerem 2013|DATE]], that is [[September 2020|DATE]] in your calendar. People get confused with our dates. Even the AI gets confused, which is a good example actually. I asked [[ChatGPT|AI_PRODUCT]] to make a payment schedule for our suppliers, and it used the Gregorian months, of course. But the farmers from [[Yirgalem|CITY]] think in Ethiopian months. So I had to explain to it, there are thirteen months, [[Pagume|GENERIC_TIME]] is five or six days. It did it, but I had to check every line. Now I keep my own template in [[Google Sheets|SOFTWARE]] and only ask the AI for the small formulas.

AI: Who else in the family uses these tools, or has opinions about them?

User: Everyone has opinions! [laughs] My cousin [[Kidist|PERSON]], we call her [[Kiki|PERSON]], she does the [[Telegram|SOFTWARE]] channel and the pictures, and she uses [[Canva|SOFTWARE]] with the AI features for the menu boards. My older brother, Gash [[Dawit|PERSON]], he drives the truck and he thinks all of this is a waste of time, he wants everything on paper. And Weizero [[Almaz|PERSON]], my aunt, she is the heart of the café, she is maybe [[sixty-two|AGE]], she asked me if the AI knows how to roast coffee. I said no, it only knows how to talk about roasting. She said, then it's like your uncle.

AI: [laughs] How do customers or suppliers contact the business?

User: The [[Telegram|SOFTWARE]] channel is [[@lakeside_buna_hwa|SOCIAL_HANDLE]]. For orders, people call [[Kiki|PERSON]] or me. On the printed bags we put my number written in words, [[zero nine one one, four six, two eight, seven three|OBF_PHONE|number_words]], because my uncle saw that in some foreign packaging and liked how it looked. [laughs] It's not for privacy, it's for style. The email for invoices is [[meron.lsbh@gmail.com|EMAIL_ADDRESS]].

AI: Have you ever been worried about putting business information into the AI?

User: Yes, with the tax. Our TIN is [[0046271935|NATIONAL_ID]] and I had to prepare the declaration. I didn't give the TIN to the AI, I only asked what the categories mean. But I did paste the [[supplier|GENERIC_ROLE]] list once with the names, like Ato [[Bekele Wolde|PERSON]] from [[Aleta Wondo|CITY]] and his phone, and afterwards I thought, hmm, maybe that was not so smart. I asked [[Kiki|PERSON]] and she said it's fine, but she says everything is fine. On the good side, honestly, I have more time. Before, closing the month took me four days. Now it is maybe two. I use that time to help my grandmother, Emama [[Tsehay|PERSON]], she is [[eighty-one|AGE]] and she lives behind the shop. So in a way the AI gives time to the family, not to the business. My uncle doesn't need to know that. [laughs]

AI: If you could improve one thing about these tools for your situation, what would it be?

User: Amharic that sounds like a person, not like a translated government letter. And the Ethiopian calendar built in, properly. Also, I would like it to understand Sidaamu Afoo, because half our farmers speak it. When [[Haile Gebrselassie|PUBLIC_FIGURE]] can run so many marathons, surely the AI can learn one more language. [laughs]""")

# ---------- 4: Somaliland, Hargeisa - imam ----------
T.append("""AI: Thank you for agreeing to speak with me. Could you introduce yourself and your role?

User: Bismillah. I am [[Abdirahman Yusuf Farah|PERSON]]. I have been the [[imam|JOB_TITLE]] at [[Masjid al-Nur|ORGANIZATION]] in the [[Jigjiga Yar|CITY]] area of [[Hargeisa|CITY]] since [[2008|DATE]]. I am [[52|AGE]]. I also teach Qur'an to children in the afternoons and, like every sheikh in a neighbourhood, I am called for everything: weddings, disputes about land, a boy who ran away to the city. The mosque is the community's office.

AI: And how, if at all, does AI come into that work?

User: My son [[Liban|PERSON]] brought it into my life. He studies computer science at [[University of Hargeisa|SCHOOL]], he is [[twenty|AGE]]. About one year ago he showed me [[ChatGPT|AI_PRODUCT]]. First I was suspicious. Now I use it to help prepare the khutbah in English for our brothers and sisters in the diaspora, in [[Minneapolis|CITY]] and [[Leicester|CITY]], who join us on [[Zoom|SOFTWARE]] every [[Friday|GENERIC_TIME]]. The young ones there understand English better than Somali, sadly. I write my points in Somali first. I do not ask it for religious rulings, never, that is not its place. I ask it to help me make my English clear, and sometimes it makes a mistake with an Arabic term, so I correct it. I also listen to lectures, for example [[Mufti Menk|PUBLIC_FIGURE]], because the young people know him, and I want my English to be at least understandable next to his. [laughs]

AI: Are there others in the community who help or get involved?

User: Many. Abti [[Jama|PERSON]], he is an elder, [[seventy-eight|AGE]], he sits in the first row and after the prayer he tells me what was wrong with the sermon. Very useful, better than any machine. Eedo [[Sahra|PERSON]] runs the women's committee and she asked me to help write a letter to the municipality about the water point, so we used the AI for that together, sitting in the courtyard. And [[Cali Dheere|PERSON]], the tall one, he fixes the microphones and the internet in the mosque. Without him nothing works, not the [[Zoom|SOFTWARE]], not the loudspeaker.

AI: How do people in the diaspora usually get in touch with the mosque?

User: Usually [[WhatsApp|SOFTWARE]]. On the flyer we wrote the number as [[063 four-four-two 18 90|OBF_PHONE|mixed_words_digits]], because [[Liban|PERSON]] said otherwise the scammers will collect it. And the email, he wrote it like [[masjidalnur.hgs{at}gmail{dot}com|OBF_EMAIL|brace_at_dot]]. I said to him, who can read that? He said, the people who need it will understand. For donations for the school there is the [[ZAAD|SOFTWARE]] merchant number, but I do not say that one on [[Zoom|SOFTWARE]]. For the school itself, the AI helps only a little. The madrasa is small, forty-five children. My wife, [[Hodan|PERSON]], keeps the list of the children and the fees in a notebook. [[Liban|PERSON]] wanted to put it in [[Google Sheets|SOFTWARE]] and use the AI to make reports. I said no names of children in the machine. The parents trust us with their children; I will not give their names to a company in [[America|COUNTRY]] or anywhere. So he made it with numbers only, child 1, child 2, and that is acceptable.

AI: That's a clear line. Are there other concerns you have about these tools?

User: My worry is that people will ask it about religion instead of asking scholars. A young man, [[Guuleed|PERSON]], came to me last [[Ramadan|GENERIC_TIME]] with something the AI told him about fasting while travelling, and it was half correct, which is the most dangerous kind of correct. [laughs] So I tell the youth: use it for your English, your CV, your business plan. For your religion, come to the mosque. The door is open.

AI: Last question: what would make these tools better for someone in your role?

User: Somali language that is natural, not like a child who learned from a dictionary. And for it to be honest when it does not know. A good scholar also says "Allahu a'lam", God knows best, when he does not know. The machine should learn that humility. Then maybe Abti [[Jama|PERSON]] will stop complaining about it. Maybe.""")

# ---------- 5: Jordan, Irbid - carer + freelance translator ----------
T.append("""AI: Thank you for joining me. Could you tell me about yourself and your work?

User: Of course. My name is [[Rania Al-Momani|PERSON]], [[41|AGE]] years old, from [[Irbid|CITY]]. And yes, [[Rania|PERSON]] like [[Queen Rania|PUBLIC_FIGURE]], everyone makes that joke. [laughs] In the neighbourhood they call me Umm [[Yazan|PERSON]], after my eldest son. I'm a [[freelance translator|JOB_TITLE]], Arabic and English, mostly medical and legal documents, and I'm also the full-time carer for my father. He has dementia. He is [[83|AGE]].

AI: That's a lot to hold together. How does AI fit into your day?

User: It fits in the gaps. [laughs] I work at the kitchen table so I can hear my father. I use [[ChatGPT|AI_PRODUCT]] for the first draft of translations sometimes, and [[DeepL|SOFTWARE]], and then I edit heavily, because medical terms, it makes mistakes that could hurt someone. My [[clients|GENERIC_ROLE]] come through [[Upwork|SOFTWARE]] and through a translation office in [[Amman|CITY]], [[Dar Al-Kalima Translation|ORGANIZATION]]. They know I use tools; I'm honest with them. But the caregiving side, that's actually where it helped me most emotionally. When my father was discharged from [[Princess Basma Hospital|ORGANIZATION]] in [[January 2024|DATE]], they gave us a report full of abbreviations. I'm a translator and even I didn't understand it. I pasted it in, without his name, and asked it to explain in simple Arabic. Then I could explain to my brother [[Khaled|PERSON]], who is in [[Dubai|CITY]], and to my sister-in-law [[Lubna|PERSON]], who visits on [[Fridays|GENERIC_TIME]]. Before that we were fighting on the phone because nobody understood the same thing.

AI: Who else is involved in your father's care?

User: A [[nurse|JOB_TITLE]] comes twice a week from an agency, [[Ahlan Home Care|ORGANIZATION]]. The [[nurse|JOB_TITLE]], [[Mariam|PERSON]], she is wonderful, Filipino actually, she has been in [[Jordan|COUNTRY]] twelve years. And our neighbour, Abu [[Hassan|PERSON]], sits with my father in the afternoon so I can deliver work. They drink tea and talk about the old days in [[Al-Husn|CITY]]. My father remembers the old war better than he remembers this morning.

AI: Do you share contact details with the agency or [[clients|GENERIC_ROLE]] through these tools?

User: I try not to. For my [[clients|GENERIC_ROLE]] I give my work email, [[rania.translates@outlook.com|EMAIL_ADDRESS]]. On my [[Facebook|SOFTWARE]] page, I wrote the number in Arabic digits, [[٠٧٩ ٥٥٤ ٣٢١٠|OBF_PHONE|arabic_indic_digits]], because a friend told me that the automatic things don't read them, so fewer spam calls. I don't know if it's true. But for my father's records, his national number, [[9421002837|NATIONAL_ID]], I never type it anywhere except the government website. Once I almost pasted a whole hospital letter into the chat with his number on it. I stopped myself at the last second. My rule is: if my father would be embarrassed, it doesn't go in. He was a proud man, a headmaster at a boys' school for thirty years. So no names, no numbers, no photos. Sometimes I ask the AI things like "how to calm someone who is confused at sunset", that's general. My son [[Yazan|PERSON]], he is [[sixteen|AGE]], he thinks I'm too strict. He tells his grandfather's stories to [[Snapchat|SOFTWARE]]. [laughs] We argue about that.

AI: Has anything surprised you about using AI in this caring role?

User: That it's patient. At two in the morning when my father is asking for my mother, who passed in [[2015|DATE]], and I'm exhausted, I have typed "what do I say" and it gave me gentle words. A machine. It's strange to admit. My friend [[Dima|PERSON]], she is a [[psychologist|JOB_TITLE]], she said use it but also call me. So I do both.

AI: Is there one thing you would change about these tools?

User: I wish the Arabic was more Jordanian. It answers in very formal Arabic, like a news presenter, and my father doesn't respond to that. If it could speak like my grandmother spoke, maybe I would even let it read to him. But not yet. For now, it's for me, not for him.""")

# ---------- 6: Lebanon, Zahle - family pharmacy ----------
T.append("""AI: Thanks for talking with me. Could you start by telling me who you are and what you do?

User: Sure. I'm [[Nour Khoury|PERSON]], I'm [[34|AGE]], and I'm a [[pharmacist|JOB_TITLE]] at my father's pharmacy in [[Zahle|CITY]], [[Pharmacie Khoury|ORGANIZATION]]. It's been in the family since my grandfather. I studied at the [[Lebanese University|SCHOOL]], worked in [[Beirut|CITY]] for a few years, and came back in [[August 2020|DATE]], after the explosion. My father said, enough, come home. So here I am, behind the same counter where I used to do my homework.

AI: What does a typical day look like, and where do AI tools come in?

User: A typical day is half pharmacy, half family gathering. [laughs] My father, everybody calls him Abu [[Elie|PERSON]], sits near the door and talks to every [[customer|GENERIC_ROLE]] about politics. My brother [[Elie|PERSON]] does the deliveries on his scooter. Where AI comes in: during the crisis, medicines disappeared, and people would come with a prescription for a brand we hadn't seen in months. I started using [[ChatGPT|AI_PRODUCT]] to help me think through possible equivalents, the active ingredient, the dose forms. But, and I want to be very clear, I always confirm in [[Medscape|SOFTWARE]] or with the official references. The AI is a brainstorm, not a reference book.

AI: Do other people in the family or the neighbourhood rely on you for that kind of thing?

User: All the time. Madame [[Hanane|PERSON]] from upstairs, she's maybe [[seventy|AGE]], she sends me photos of her leaflets in French and asks what they mean. My grandmother, Teta [[Wadad|PERSON]], she is [[88|AGE]] and she takes nine medications, so I made a schedule for her with the help of the AI, in big Arabic letters, and stuck it on her fridge in [[Haouch el-Oumara|CITY]]. She listens to [[Fairuz|PUBLIC_FIGURE]] every morning and takes her pills when the second song starts. That's her system; my schedule is just decoration. [laughs]

AI: How do customers reach the pharmacy, and is there anything you're careful not to share with the AI?

User: Mostly [[WhatsApp|SOFTWARE]], and the landline, [[+961 8 812 345|PHONE_NUMBER]]. My cousin [[Tony|PERSON]] made us an [[Instagram|SOFTWARE]] page, [[@pharmaciekhoury.zahle|SOCIAL_HANDLE]], and in the bio he wrote the email as [[pharmacie.khoury arobase hotmail point com|OBF_EMAIL|french_arobase_point]], in French, because he says the bots only look for the English "at". I think he just likes being clever. For orders from other pharmacies we use my professional email, [[nour.khoury.pharm@gmail.com|EMAIL_ADDRESS]]. And what I never share with the AI: patient names, absolutely never. My registration number with the order, [[OPL-4127|NATIONAL_ID]], also no. Once my [[colleague|GENERIC_ROLE]], [[Rita|PERSON]], she works the evening shift, pasted a full prescription with the patient's name and the [[doctor|GENERIC_ROLE]]'s stamp into the chat to read the handwriting. I explained to her why that's not okay. She was embarrassed, but she understood. Now we crop the photo and only keep the drug name.

AI: Has it changed how the business works as a family business?

User: It changed who is needed for what. Before, my father was the memory of the pharmacy, he knew which family takes what, which [[doctor|GENERIC_ROLE]] writes which brand. Now some of that is in the system and in my head, and he feels a little bit useless sometimes. So I ask him things on purpose, even when I know the answer. Also, my uncle in [[France|COUNTRY]], Uncle [[Fouad|PERSON]], he sends us medicines in his suitcase when he visits in [[July|GENERIC_TIME]], and I use the AI to translate the French boxes for the customers. That's a very Lebanese workflow.

AI: What would you want from these tools in the future?

User: Honestly, to know our reality. It assumes you can just order from the [[supplier|GENERIC_ROLE]]. Here, sometimes the [[supplier|GENERIC_ROLE]] is a man in a car from [[Syria|COUNTRY]] and the price changes with the dollar every morning. I want it to help with stock when the market is crazy, not when it's normal. And I want it to stop putting a warning at the end of every answer, as if I don't know my own job. [laughs] Abu [[Elie|PERSON]] laughs at me every time I read that out loud.""")

# ---------- 7: Philippines, Iloilo - sari-sari store + market stall ----------
T.append("""AI: Hi, thanks for joining. Can you tell me about yourself and your work?

User: Hello po! I'm [[Marites Villanueva|PERSON]], but everybody calls me [[Tess|PERSON]]. I'm [[47|AGE]]. I have a sari-sari store in front of our house in [[La Paz|CITY]], [[Iloilo City|CITY]], and in the early morning I also sell dried fish at the public market. My husband, [[Dodong|PERSON]], he drives a jeepney, so the store is mostly me and the kids, and my Tita [[Baby|PERSON]]. [laughs] Yes, that's really her name, [[Baby|PERSON]]. She is [[seventy|AGE]] already. In the [[Philippines|COUNTRY]] you can be [[Baby|PERSON]] forever. She sits at the store window and she knows everyone's utang, the credit, better than any notebook.

AI: I love that. [[Tess|PERSON]], where does AI come into the store and the market, and does Tita [[Baby|PERSON]] have a view on it?

User: My daughter [[Princess|PERSON]], she's [[nineteen|AGE]], studying at [[West Visayas State University|SCHOOL]], she installed [[ChatGPT|AI_PRODUCT]] for me. At first I just asked it for recipes. [laughs] Now I use it to make the list of who owes what, because Tita's memory is good but when she is sick, nobody knows. I type it like "Inday [[Mercy|PERSON]] two kilos rice, one Coke, pay on the fifteenth" and it makes a table. Then I show it to Tita and she corrects it. Also for the market, I ask it how much to mark up when the price of galunggong goes up in [[August|GENERIC_TIME]] because of the typhoons.

AI: Who else in the family helps with the business or the technology?

User: My youngest, [[Jun-Jun|PERSON]], he's [[12|AGE]], he does the [[Facebook Marketplace|SOFTWARE]] posts for the dried fish. My older sister, Ate [[Joy|PERSON]], is a [[caregiver|JOB_TITLE]] in [[Hong Kong|CITY]], she sends money and also sends me voice messages telling me to stop giving credit. [laughs] And Kuya [[Boyet|PERSON]], our neighbor, he repairs phones, he is the one I run to when the app is not working. He doesn't charge, I give him free Coke.

AI: How do customers or suppliers contact you?

User: Suki customers just come to the window, at [[Purok 4, Barangay Jereos|ADDRESS]], everybody knows it. For orders of dried fish, [[GCash|SOFTWARE]] payments, they message me on [[Facebook|SOFTWARE]]. Our page is [[facebook.com/TessDriedFishLaPaz|URL]]. When I post my number on the page, [[Princess|PERSON]] told me to write it in words so the scammers can't copy it easily, so it says [[zero-nine-one-seven, five-five-two, eight-four-one-six|OBF_PHONE|number_words_hyphenated]]. The scammers still find me, ha. For the [[supplier|GENERIC_ROLE]] in [[Roxas City|CITY]], he has my email, [[tessvillanueva1978@yahoo.com|EMAIL_ADDRESS]].

AI: Have you had to deal with any official processes, like permits or IDs, with AI's help?

User: Yes, the barangay permit and the [[BIR|ORGANIZATION]] registration. Kapitan [[Ramos|PERSON]] said I need to register because the store is getting bigger. I asked [[ChatGPT|AI_PRODUCT]] what the forms mean. My TIN is [[412-735-908-000|NATIONAL_ID]] and for the PhilSys ID I have the number [[5203-1847-6690-2215|NATIONAL_ID]]. [[Princess|PERSON]] said never put those in the chat, only ask the questions, so that's what I did. I also joined the [[La Paz Market Vendors Cooperative|ORGANIZATION]] in [[2021|DATE]], and they had a seminar about using AI for small business, from [[DTI|ORGANIZATION]].

AI: What's the hardest part of using these tools for you, and what would you change?

User: My English is okay, but when I type in Hiligaynon it gets confused. It answers in Tagalog sometimes, or it mixes. And it doesn't understand the sari-sari way, like "tingi" — we sell one sachet of shampoo, one cigarette, not the whole pack. It always wants to compute by box. [laughs] Also, when I ask it for advice about the utang, it says "set clear boundaries with customers". Ay, it doesn't know Inday [[Mercy|PERSON]]. You cannot set boundaries with Inday [[Mercy|PERSON]]. She is my kumare. If I could change one thing, it's that it could talk like a real Ilongga, malambing, soft. Then Tita [[Baby|PERSON]] can use it also. She likes [[Manny Pacquiao|PUBLIC_FIGURE]] and teleserye, if the AI can talk about those, she will be its best friend.""")

# ---------- 8: Indonesia, Bantul - home-based batik maker ----------
T.append("""AI: Thank you for taking the time. Could you introduce yourself and your work?

User: Yes, thank you. My name is [[Sri Wahyuni|PERSON]], I am [[51|AGE]] years old. I make batik tulis, hand-drawn batik, at my home in [[Wukirsari|CITY]], [[Imogiri|CITY]], in [[Bantul|CITY]]. I lead a small group of twelve women, the [[Kelompok Batik Sekar Jagad|ORGANIZATION]]. Most of us are neighbours or relatives. We work on the terrace, with the wax pots, and the children run around.

AI: How did you start using AI tools in the batik work?

User: Because of my niece, Mbak [[Ratna|PERSON]]. She is [[24|AGE]], she finished at [[Universitas Gadjah Mada|SCHOOL]] and now she helps us sell online, on [[Shopee|SOFTWARE]] and [[Instagram|SOFTWARE]]. She showed me [[ChatGPT|AI_PRODUCT]] to write the product descriptions in English, for buyers in [[Japan|COUNTRY]] and [[Australia|COUNTRY]]. Before, we wrote only "batik bagus, harga murah", good batik, cheap price. [laughs] Now the AI explains the motif, the meaning of parang, of kawung, very nicely. But sometimes it invents meanings. I have to correct it, because I know the real story from my mother.

AI: What does a normal working day look like for you?

User: I wake at four, cook for the family, then the grandchildren go to school. My son-in-law, Mas [[Dimas|PERSON]], takes them on the motorbike. Then from eight the women come. Bu [[Tini|PERSON]] is the best at the canting, she is [[sixty-three|AGE]] and her hand never shakes. Mbok [[Sainem|PERSON]] does the colouring. In the afternoon I do the accounting with [[Ratna|PERSON]], and in the evening I sometimes ask [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]] about things like how to price for export, the shipping and so on.

AI: Is the group's information, like names or payments, something you put into these tools? And how do buyers reach you?

User: Not the names, [[Ratna|PERSON]] is strict. We have a spreadsheet with payments for each woman, but in the AI she only puts the totals. For the bank and the village cooperative I need my NIK, the national number, [[3402124507730002|NATIONAL_ID]]. That one I keep in my wallet, on paper. Pak [[Harjo|PERSON]], the [[village head|JOB_TITLE]], he said a family in [[Karangtengah|CITY]] was cheated by someone who asked for their NIK on [[WhatsApp|SOFTWARE]], so now everyone is afraid. Buyers find us on [[Instagram|SOFTWARE]], [[@sekarjagad_wukirsari|SOCIAL_HANDLE]]. [[Ratna|PERSON]] also made the email, and on the label she wrote it in Indonesian style so it's not so easy to copy, like this: [[sekarjagad.batik (at) yahoo (titik) co (titik) id|OBF_EMAIL|indonesian_titik]]. Titik means dot. And for people who want to visit the house and see the process, they can call me, [[0812-2736-4410|PHONE_NUMBER]]. Many tourists come from [[Yogyakarta|CITY]] city, especially in [[June|GENERIC_TIME]] and [[July|GENERIC_TIME]] during school holidays.

AI: Has the AI changed the way the group works together?

User: A little. Some of the older women feel it is not their business, the phone business is for the young. I told them, the batik is ours, the phone is only a market. After the earthquake in [[May 2006|DATE]], we lost everything here, houses, tools. We rebuilt with our hands. This AI is nothing compared to that. [laughs] But I also worry that if buyers can make a batik pattern with AI, printed, they will not pay for hand-drawn. That is the real fear.

AI: Is there anything else about your family and the work you'd like to share?

User: My son, [[Bayu|PERSON]], works in [[Jakarta|CITY]] as a [[driver|JOB_TITLE]] for an online company. He says maybe AI will take his job someday, and mine is safe because no machine can hold a canting. Maybe he is right. When [[Jokowi|PUBLIC_FIGURE]] wore batik to the big meetings, our sales went up. If the AI can make every person feel like that, like batik is special, then it's a friend. If it makes batik cheap, it's an enemy.""")

# ---------- 9: Vietnam, Can Tho - family noodle business ----------
T.append("""AI: Hello, thanks for being here. Could you tell me about yourself and your work?

User: Hi! My name is [[Trần Thị Mỹ Linh|PERSON]], you can call me [[Linh|PERSON]]. I'm [[33|AGE]]. My family makes bánh hỏi, the very thin rice noodle, in [[Ninh Kiều|CITY]], in [[Cần Thơ|CITY]]. The business name is [[Bánh Hỏi Cô Ba|ORGANIZATION]], after my grandmother, because she was the third daughter. I took over the sales and the marketing in [[2018|DATE]]. The production is still my mother and my aunts, in the back of the house.

AI: How does AI come into your work?

User: Mostly for the customers who are not Vietnamese. We sell at the [[Cái Răng|CITY]] floating market in the early morning, from the boat of my uncle, and a lot of tourists buy. They write reviews on [[Google Maps|SOFTWARE]] in English, Korean, French. I use [[Gemini|AI_PRODUCT]] to translate and to help me answer politely. Also, I use [[ChatGPT|AI_PRODUCT]] to write the menu cards for the hotels we supply, in English. My English is okay from [[Can Tho University|SCHOOL]], but writing something nice for a hotel takes me a long time.

AI: Who's involved in the business day to day?

User: Everyone! [laughs] Bà nội, my grandmother, she is [[86|AGE]], she still checks the noodles every morning, she can tell if the rice is wrong just by touching. My aunt, cô [[Hoa|PERSON]], runs the production. My older sister, chị [[Thảo|PERSON]], does the accounts in a notebook, she doesn't trust computers. My husband, anh [[Phúc|PERSON]], he has his own job at an electricity company, but on weekends he drives the deliveries. And my son [[Bin|PERSON]], he is [[six|AGE]], he is the "quality tester". [laughs] He eats the broken ones.

AI: How do your customers usually place orders?

User: Vietnamese customers use [[Zalo|SOFTWARE]]. The hotels email me at [[linh.banhhoicoba@gmail.com|EMAIL_ADDRESS]], or they send a driver to the house, [[27 Hai Bà Trưng|ADDRESS]], early morning. On the paper bags, my cousin [[Tí|PERSON]], he designs them, he printed my phone in those wide numbers, [[０９０７ ３１８ ４５２|OBF_PHONE|fullwidth_digits]], because he thought it looks modern. Later I heard these wide numbers are hard for scanning programs, so fine, accidental privacy. [laughs] For foreign customers we also have [[Instagram|SOFTWARE]], [[@banhhoicoba.cantho|SOCIAL_HANDLE]].

AI: Has using AI caused any disagreements in the family, or surprised you?

User: Yes, with chị [[Thảo|PERSON]]. I wanted to give the AI our recipe proportions to calculate the cost when rice prices go up. She said no, the recipe is from Bà nội, it stays in the family. I thought she was exaggerating but then I thought about it, and she was right. So I only give it the prices, not the proportions. Also, for my CCCD, the citizen ID, [[092190004381|NATIONAL_ID]], I needed it for the business license update, and I asked the AI what documents are needed but I didn't type the number. What surprised me most, though, is that the tourists like the story more than the noodles. [laughs] When I asked the AI to help write the story of my grandmother, how she started selling in [[1975|DATE]] from a basket, the hotel put it on their breakfast menu and now guests ask to meet her. Bà nội was so happy, she put on her best áo bà ba. A hotel from [[Singapore|COUNTRY]] even contacted us. So the AI made my grandmother a little bit famous. Not like [[Sơn Tùng M-TP|PUBLIC_FIGURE]], but famous in [[Ninh Kiều|CITY]].

AI: What would you change about these tools for someone like you?

User: I want it to understand the [[Mekong Delta|CITY]] way of speaking. When I write how we really talk, it corrects me to northern words, like it thinks [[Hanoi|CITY]] is the only correct Vietnamese. And I want it to work with voice better, because my mother could use it then, while her hands are in the dough.""")

# ---------- 10: Samoa - church minister ----------
T.append("""AI: Talofa, and thank you for speaking with me. Could you introduce yourself?

User: Talofa lava. I am Reverend [[Iosefa Faleolo|PERSON]]. I am the [[faifeau|JOB_TITLE]], the church minister, of the congregation in [[Satupa'itea|CITY]], on [[Savai'i|CITY]]. I was ordained in [[2011|DATE]] and I came to this village in [[2016|DATE]]. I am [[49|AGE]]. In [[Samoa|COUNTRY]] the church is not only for [[Sunday|GENERIC_TIME]]. I am with the families for funerals, for weddings, for the fa'alavelave, the family obligations, and sometimes for disputes between families.

AI: Where does AI fit into that life?

User: It came through the diaspora. Half of our congregation's families have children in [[Auckland|CITY]] or in [[Carson|CITY]], [[California|CITY]], or in [[Brisbane|CITY]]. They watch the service on [[Facebook Live|SOFTWARE]]. The young ones there don't understand deep Samoan, the oratory language. So my daughter [[Lagi|PERSON]], she is [[fifteen|AGE]], she showed me how to use [[ChatGPT|AI_PRODUCT]] to help make an English summary of the sermon. I write the sermon in Samoan, as always, and I use the AI only for the English summary that we put in the comments. Accuracy does worry me. The first time, it translated "alofa" in a way that sounded like a romance movie. [laughs] My faletua, my wife [[Malia|PERSON]], she is a [[teacher|JOB_TITLE]] at [[Leauva'a Primary School|SCHOOL]], she reads every summary before [[Lagi|PERSON]] posts it. She is my editor. And the [[youth leader|JOB_TITLE]], [[Sione|PERSON]], we call him [[Big Sione|PERSON]] because there are three boys with that name in the youth, he checks the Bible verses are the right version.

AI: How do the village leadership and the elders feel about this?

User: The matai council, that is the chiefs, they are careful. The high chief, [[Tuiasosopo|PERSON]], he is [[eighty-two|AGE]], he said, as long as the machine does not speak at the fono, it's fine. [laughs] One of the elders, [[Lauina Petelo|PERSON]], asked me if the AI can write his speech for his grandson's wedding. I said, your words are better than any machine, [[Lauina|PERSON]], but I'll help you with the English part for the guests from [[New Zealand|COUNTRY]]. I think he was relieved. [[Lauina|PERSON]] is very proud of his oratory.

AI: You just mentioned [[Lauina|PERSON]] a few times — is that his name or a title?

User: [[Lauina|PERSON]] is his matai title, the chiefly name. Everyone uses the title. His given name is [[Petelo|PERSON]], but only his sister calls him that. This is something the AI never understands, it thinks [[Lauina|PERSON]] is a first name. [laughs]

AI: How do people in the diaspora contact you for pastoral matters?

User: [[Messenger|SOFTWARE]], mostly. My number is [[+685 751 2340|PHONE_NUMBER]], but with the time difference they call at three in the morning. [laughs] For official church letters, like for the [[Congregational Christian Church of Samoa|ORGANIZATION]] office in [[Apia|CITY]], I use email. On the church notice, [[Lagi|PERSON]] wrote it as [[iosefa.faleolo AT gmail DOT com|OBF_EMAIL|uppercase_at_dot]], she says so the spam robots cannot read it. I think the robots are smarter than that, but okay.

AI: What are your biggest concerns about AI in church and community life?

User: That people will stop coming to each other. In [[Samoa|COUNTRY]], when there is a problem, you go to the family, you sit, you talk, you bring the fine mats. If the young ones ask the machine instead of their grandmother, we lose something. Also, during [[White Sunday|GENERIC_TIME]], when the children perform, [[Lagi|PERSON]] wanted to use AI to write the children's items. I said no. The children must struggle a little with the words. That's how they learn. But I am not against it. Even [[Dwayne Johnson|PUBLIC_FIGURE]], our famous cousin as everyone says, [laughs], uses these things, I'm sure. It is a tool like the outboard motor. We still need to know the sea.""")

# ---------- 11: Fiji, Ba - cane farmer ----------
T.append("""AI: Bula, and thanks for joining. Can you tell me a bit about yourself and your farm?

User: Bula, bula. I'm [[Ashwin Prasad|PERSON]], [[58|AGE]] years old. I grow sugarcane on twelve acres outside [[Ba|CITY]], on the western side of [[Viti Levu|CITY]]. My father farmed it, his father before him came on the ships. I'm also on the committee of the [[Rarawai Cane Growers Association|ORGANIZATION]], so when the mill has a problem, the phone rings at my house first.

AI: How do AI tools come into farming and the association work?

User: My daughter-in-law, [[Shalini|PERSON]], she's an [[accountant|JOB_TITLE]] in [[Lautoka|CITY]], she set up [[ChatGPT|AI_PRODUCT]] on my phone. I mainly use it for the cane payments. The [[Fiji Sugar Corporation|ORGANIZATION]] pays in instalments, first payment, second, third, and the farmers never understand the deductions. So I put the numbers from the slip, without names, and ask it to explain in simple English, then I explain in Hindi at the meeting. Also I use [[Excel|SOFTWARE]] a little for the cutting gang schedule, but honestly [[Shalini|PERSON]] does the [[Excel|SOFTWARE]], I just look.

AI: Who else is part of the farm and the work around it?

User: Many people. My cutting gang is eight boys, the [[sardar|JOB_TITLE]] is [[Mosese|PERSON]], he is iTaukei, from the village up the road, very good worker. I lease part of the land from his mataqali, through [[TLTB|ORGANIZATION]]. My lease was renewed in [[March 2019|DATE]], after a lot of worry. My wife, she cooks for the gang in cutting season. My grandson, we call him [[Pappu|PERSON]], he is [[seven|AGE]], he rides on the tractor and thinks he's the [[boss|GENERIC_ROLE]]. [laughs] My Nana, my mother's father, he is still alive, [[ninety-four|AGE]], he sits on the verandah and tells me I'm planting wrong.

AI: How do association members and the mill get in touch with you?

User: Mostly phone and [[Viber|SOFTWARE]]. My mobile I always say in words, and I write it like that on the notice at the sector office too, [[nine-nine-two, double two, eight-one|OBF_PHONE|double_words]], because my Chacha told me that people copy numbers from notices for scams. The association email is [[rarawai.growers@connect.com.fj|EMAIL_ADDRESS]]. My son [[Rohit|PERSON]] in [[Sydney|CITY]] made a [[Facebook|SOFTWARE]] group for the farmers, very useful when there is a cyclone warning.

AI: Are there particular things you're careful about when using these tools?

User: Yes, the FNPF and the tax numbers. My FNPF number is [[10472356|NATIONAL_ID]], and farmers come to me when they can't withdraw their money, and they want me to "use the computer" to fix it. I don't put their numbers into the AI. I just ask it how the process works. Last year [[Mosese|PERSON]]'s cousin almost sent his bank details to someone on [[WhatsApp|SOFTWARE]] who said they were from the mill. I told him, the mill will never message you like that. The AI is the same, I treat it like a stranger who is clever.

AI: What would make these tools better for farmers in your area?

User: Fiji Hindi and iTaukei language. The old farmers don't read English well. And it should know about our weather, the cyclone season from [[November|GENERIC_TIME]], the dry spell, not only American farming. Once I asked about fertiliser and it talked about corn in [[Iowa|CITY]]. [laughs] Even [[Rabuka|PUBLIC_FIGURE]] talks about modernising the sugar industry on the radio, but modernising means nothing if the tool doesn't know what a cane truck queue at the mill looks like at four in the morning. Still, my Nana says in his time they did the sums on a slate. So maybe I'm lucky.""")

# ---------- 12: Jamaica, Manchester - market higgler ----------
T.append("""AI: Good afternoon, and thanks for speaking with me. Could you tell me about yourself and your work?

User: Good afternoon, darling. Mi name is [[Pearleen Campbell|PERSON]], but nobody call me that, everybody say Miss [[Pearl|PERSON]]. I'm [[sixty-three|AGE]]. I'm a [[higgler|JOB_TITLE]], a market vendor, forty years now. I buy from the farmers up in [[Christiana|CITY]] — yam, dasheen, Irish potato — and I sell in [[Mandeville|CITY]] market, [[Tuesday|GENERIC_TIME]] to [[Saturday|GENERIC_TIME]]. [[Sunday|GENERIC_TIME]] is church.

AI: How did AI tools come into your work?

User: [laughs] Through my grandson, [[Junior|PERSON]]. He's [[eleven|AGE]], bright like a bulb. Him show me how to talk to the [[ChatGPT|AI_PRODUCT]] on the phone with my voice, because mi eye dem not so good for small writing. Now when I need a sign, like "Fresh Yellow Yam — Reasonable", I ask it to make it look nice and [[Junior|PERSON]] print it at the shop by the square. Also, when the price of fertiliser go up and the farmers raise price on me, I ask it to help me figure if I can still make a profit. It's good with the sums, better than my brain at five in the morning.

AI: Who are the other people around you in the market and at home?

User: Lord, plenty people. My daughter, [[Precious|PERSON]], she's a [[nurse|JOB_TITLE]] in [[New York|CITY]], she send barrel at [[Christmas|GENERIC_TIME]] and she call me every [[Sunday|GENERIC_TIME]] to tell me stop working. [laughs] Next to my stall is Bredda [[Rupie|PERSON]], he sell scallion and thyme, and [[Shortie|PERSON]], she sell fish. We watch each other stall when one go to the bathroom. And the man who drive the truck from [[Christiana|CITY]], everybody call him [[Tall Man|PERSON]], mi don't even know him real name, twenty years. [laughs] And Mass [[Vernon|PERSON]], the farmer, he's about [[eighty|AGE]], he still go to the field every morning.

AI: How do customers or suppliers reach you?

User: The restaurant people them call me. I have a regular from [[Kingston|CITY]], a [[chef|GENERIC_ROLE]], he order every [[Friday|GENERIC_TIME]]. On my [[WhatsApp|SOFTWARE]] profile [[Junior|PERSON]] put my number, but him write it funny, like how we talk: [[eight-seven-six, tree-two-one, four-nine-oh-five|OBF_PHONE|patois_number_words]]. Him say the scammer-dem can't read patois. [laughs] My bank is [[JN Bank|ORGANIZATION]], and the lady there, Miss [[Tomlinson|PERSON]], she help me with the loan for the new tarpaulin.

AI: Did you use AI for the loan or other paperwork?

User: A little bit. The form want my TRN, [[104-338-291|NATIONAL_ID]], and a whole heap of things about "business structure". I ask [[ChatGPT|AI_PRODUCT]], what is business structure? It explain, sole trader, and so on. But [[Junior|PERSON]] say, Grandma, never put your TRN in the chat, so I never do that. Miss [[Tomlinson|PERSON]] say same thing. And I ask it to help me write a little letter to the [[Manchester Parish Council|ORGANIZATION]] about the roof over the market that leak when rain fall.

AI: What do you think about these tools overall?

User: It's a help, but it don't know market. It don't know that you have to give the little extra, the "brawta", to keep a [[customer|GENERIC_ROLE]]. It don't know that when [[Shelly-Ann Fraser-Pryce|PUBLIC_FIGURE]] running, nobody buy nothing for ten seconds. [laughs] And it can't carry a bag of yam. I want it to understand Jamaican talk properly, the patois, then the older vendors would use it too. Miss [[Pearl|PERSON]] will be here till the Lord call me, with or without the computer.""")

# ---------- 13: Trinidad - freelance designer school-run parent ----------
T.append("""AI: Hi, thanks for making time — I know mornings can be busy. Tell me about yourself and your work?

User: [laughs] Yes, I'm doing this between the school drop-off and a [[client|GENERIC_ROLE]] call, so perfect timing. I'm [[Kavita Ramkissoon-Joseph|PERSON]], I'm [[36|AGE]], and I'm a [[freelance graphic designer|JOB_TITLE]] based in [[San Fernando|CITY]]. I went freelance in [[January 2022|DATE]] after my second child, because agency hours and school hours don't mix. My daughter [[Aria|PERSON]] is [[seven|AGE]], she's at [[Grant Memorial Presbyterian School|SCHOOL]], and my son [[Dev|PERSON]] is [[four|AGE]], he's in pre-school in [[Marabella|CITY]].

AI: How do AI tools fit into your design work?

User: A lot, honestly. I use [[Midjourney|AI_PRODUCT]] and [[Adobe Firefly|AI_PRODUCT]] for moodboards, never final art, and [[ChatGPT|AI_PRODUCT]] to help me write proposals and chase invoices nicely. I still do the real work in [[Illustrator|SOFTWARE]] and [[Photoshop|SOFTWARE]]. Most of my [[clients|GENERIC_ROLE]] are small local businesses: a roti shop in [[Chaguanas|CITY]], [[Singh's Roti Hut|ORGANIZATION]], a fete promoter, a pharmacy. The [[client|GENERIC_ROLE]] sends me a voice note at ten at night saying "make it pop", and I use the AI to turn that into an actual brief. [laughs] My prompts are a mess, honestly, like "logo for roti shop, owner is [[raj|PERSON]], likes red, hates green, wants it by [[friday|GENERIC_TIME]]", all lower case while I'm stirring the pot.

AI: How does family life shape how you work?

User: Completely. I work in two-hour chunks. My husband [[Marlon|PERSON]] does the afternoon pick-up on [[Wednesdays|GENERIC_TIME]], my mother-in-law does [[Thursdays|GENERIC_TIME]], and Tanty [[Merle|PERSON]], she's my mother's sister, she's [[seventy-seven|AGE]], she keeps [[Dev|PERSON]] when I have a big deadline. She calls the AI "the little man in the phone". And there's a [[WhatsApp|SOFTWARE]] group of school mothers, the "Std 1 Mummies", where half of us are freelancers, and we swap prompts like recipes. My friend [[Nadia|PERSON]] is a [[bookkeeper|JOB_TITLE]] and she taught me to use [[ChatGPT|AI_PRODUCT]] for my quarterly numbers.

AI: How do [[clients|GENERIC_ROLE]] find you and contact you?

User: Mostly [[Instagram|SOFTWARE]], [[@kavita.makes.things|SOCIAL_HANDLE]], and my portfolio is [[behance.net/kavitarjdesign|URL]]. On the portfolio I put my email with invisible characters in it, a trick a designer friend from [[Barbados|COUNTRY]] told me about: it looks like [[kavita.rj​design@gmail​.com|OBF_EMAIL|zero_width_space]], but if a bot copies it, it's broken. People who type it by hand get through fine. For calls I give [[+1 868 301 4476|PHONE_NUMBER]], and I don't answer unknown numbers after six.

AI: Are there any worries you have about using AI in your work?

User: Two. One, [[clients|GENERIC_ROLE]] think AI means it should be cheaper and faster. I had a [[manager|GENERIC_ROLE]] at a company in [[Port of Spain|CITY]] tell me "just let the AI do it" and offer half my rate. I said no thank you. Two, originality. Our culture, Carnival colours, the Hosay, the Divali deyas, the AI flattens all of that into generic "tropical". When I prompted it for a Trinidadian Divali design it gave me a Mexican street fair. [laughs] Even [[Nicki Minaj|PUBLIC_FIGURE]] posting about [[T&T|COUNTRY]] doesn't fix that.

AI: What would you like to see change?

User: Tools trained with permission on Caribbean artists, paying them. And better ways for freelancers to protect [[client|GENERIC_ROLE]] data, because I do paste [[client|GENERIC_ROLE]] briefs in, and sometimes those have names and numbers, and I'm not always careful when [[Aria|PERSON]] is calling me from the car. I'm working on that. Honestly, the school run is my biggest [[project manager|GENERIC_ROLE]]. [laughs]""")

# ---------- 14: Saint Lucia, Soufriere - retired fisheries officer consultant ----------
T.append("""AI: Good morning. Thank you for speaking with me. Could you introduce yourself?

User: Good morning. I'm [[Cuthbert Alexander|PERSON]], [[68|AGE]], retired [[fisheries officer|JOB_TITLE]]. I spent thirty-one years with the [[Department of Fisheries|ORGANIZATION]], retired in [[December 2017|DATE]], and now I do some consulting, small contracts, for the fishermen's co-op here in [[Soufrière|CITY]] and sometimes for regional projects. My wife, [[Veronica|PERSON]], says retirement is a word I don't understand.

AI: What does that consulting involve, and where does AI come in?

User: Mostly writing. Reports, grant proposals, management plans for the marine reserve with the [[SMMA|ORGANIZATION]]. I was never a fast typist. My grand-niece, [[Kezia|PERSON]], she's [[twenty-two|AGE]] and studying at [[Sir Arthur Lewis Community College|SCHOOL]], she showed me [[Copilot|AI_PRODUCT]] in [[Word|SOFTWARE]], and [[ChatGPT|AI_PRODUCT]]. Now I dictate my ideas and the AI helps me put them in the format the funders like. The [[Caribbean Regional Fisheries Mechanism|ORGANIZATION]] has very particular templates, and the AI is good at templates. It is less good at knowing where the fish actually are. [laughs] Last month it suggested a lovely survey design that would need ten boats and a helicopter. We have four boats and a canoe with a leak.

AI: Who do you work alongside in the community?

User: The fishermen, first and foremost. The co-op [[president|GENERIC_ROLE]], everybody calls him [[Shadow|PERSON]], because he's out before sunrise. [[Ti-Paul|PERSON]], young fella, maybe [[thirty-two|AGE]], he runs the fuel depot. And Man [[Lucie|PERSON]], she's the elder of the fish vendors, she's [[eighty-five|AGE]], she still sits at the bay with her scale. When I do a survey for a project, I sit with them under the almond tree and talk in Kwéyòl, and I write it up later with the AI. The AI doesn't speak Kwéyòl, so I'm the translator.

AI: How do project people and the community contact you?

User: Phone mostly, [[+1 758 459 7732|PHONE_NUMBER]]. For international clients I use email, but I got so much junk that I started writing it on my CV as [[cuthbert.alexanderNOSPAM@gmail.com|OBF_EMAIL|nospam_insert]], and you remove the NOSPAM. [[Kezia|PERSON]] set that up. A fellow from the [[FAO|ORGANIZATION]] office laughed at me but then he did the same thing on his own signature. [laughs]

AI: Are there any concerns you have about privacy or accuracy?

User: Accuracy, yes. Once the AI gave me a statistic about fish landings in [[Saint Lucia|COUNTRY]] that was completely invented. Nicely formatted, but invented. If I had sent that to the funder, my name would be dirt. Privacy too. For the pension and the consulting contracts I need my NIS number, [[7734512|NATIONAL_ID]], and I keep that away from the computer. And the fishermen's names and boat registrations from the survey, I don't feed those to it. These are men I've known since I was a boy. Their trust is worth more than saving two hours.

AI: Is there anything you'd change about these tools?

User: I would want it to know the Caribbean, really know it. Not just [[Derek Walcott|PUBLIC_FIGURE]] quotes and beaches. The seasons of the fish, the hurricane months from [[June|GENERIC_TIME]] to [[November|GENERIC_TIME]], what sargassum does to a small boat. And I'd want my grandchildren to learn to write first, then use it. [[Kezia|PERSON]] agrees with me, even if she uses it more than I do.""")

# ---------- 15: Saskatchewan - grain farm family ----------
T.append("""AI: Thanks for jumping on. Could you tell me a bit about yourself and the farm?

User: Sure. I'm [[Dale Friesen|PERSON]], [[45|AGE]], and I farm about thirty-two hundred acres of wheat, canola and lentils near [[Rosthern|CITY]], [[Saskatchewan|CITY]]. Took over from my dad in [[2009|DATE]]. It's a family operation: me, my wife [[Carla|PERSON]], my brother [[Trent|PERSON]], and our hired man, [[Tyler|PERSON]], who's basically family at this point. We're members of [[Prairie Sun Grain Co-op|ORGANIZATION]] too, so I end up at a lot of meetings in the winter.

AI: Where do AI tools come into that?

User: Bits and pieces. A lot of the yield and field data sits in [[John Deere Operations Center|SOFTWARE]] and [[Climate FieldView|SOFTWARE]], and those have some smart features built in now. But the thing I actually use daily is [[ChatGPT|AI_PRODUCT]] on my phone in the cab. Like, I'll ask it to help me think through a marketing plan for the lentils, or explain a crop insurance clause from [[SCIC|ORGANIZATION]] in plain English. And [[Carla|PERSON]] uses [[Copilot|AI_PRODUCT]] for the bookwork, she does consulting for a couple of other farms on the side, bookkeeping and grant applications.

AI: How does family and community life come into the farm work?

User: It's all tangled together. [laughs] My mom, we call her Oma [[Friesen|PERSON]] now since the grandkids came, she's [[seventy-nine|AGE]], still brings lunch to the field at harvest. The kids, [[Emma|PERSON]] is [[thirteen|AGE]] and [[Brandon|PERSON]] is [[ten|AGE]], they're on the school bus by seven forty. And our neighbours, the [[Wiebes|PERSON]], we share a seed cleaner with them, and [[Big Ernie|PERSON]] down the road does custom spraying for half the township. When we were buying a used combine at the auction in [[Brandon|CITY]], [[Manitoba|CITY]], my son thought we'd named him after the city. [laughs] We didn't, I just like the name.

AI: How do people at the co-op or buyers get in touch with you?

User: Cell mostly. I put my number on the co-op directory as [[three-oh-six, two-three-two, four-four-one-eight|OBF_PHONE|number_words_oh]], spelled out, because [[Carla|PERSON]] read that spam bots scrape directories. My email's [[dale.friesen.farms@sasktel.net|EMAIL_ADDRESS]], and the co-op still mails the patronage cheques to [[Box 318|ADDRESS]], [[Rosthern|CITY]], [[S0K 3R0|ADDRESS]]. And I post crop updates on [[X|SOFTWARE]] as [[@FriesenFarmsSK|SOCIAL_HANDLE]], mostly so the [[grain buyer|GENERIC_ROLE]] knows what's coming. There's a guy at the elevator, [[Marv|PERSON]], who jokes that my tweets are more reliable than the weather forecast.

AI: Any concerns about what you share with these tools?

User: Yeah. My [[accountant|GENERIC_ROLE]] in [[Saskatoon|CITY]] told me flat out, don't paste anything with your SIN into those chatbots. My SIN is [[527 384 916|NATIONAL_ID]], and honestly I've typed it into way too many forms over the years. I also don't put our loan details from [[Farm Credit Canada|ORGANIZATION]] into it. The general stuff, yes. The numbers that could hurt us, no. And I'm a little skeptical generally. You hear [[Elon Musk|PUBLIC_FIGURE]] saying AI's going to do everything, and I'm like, can it fix a hydraulic leak at eleven at night in [[October|GENERIC_TIME]]? Didn't think so.

AI: What would make AI more useful for a farm like yours?

User: Knowing the local conditions. It gives me generic advice that sounds like it's from a university extension pamphlet in [[Ohio|CITY]]. I want it to know our soil zone, our frost dates, the co-op's delivery schedule. And for Oma [[Friesen|PERSON]], something that just reads her the church bulletin and the markets, big print or voice, no menus. She'd love that. She still calls the radio station to complain about the markets. [laughs]""")

# ---------- 16: West Virginia - home health aide ----------
T.append("""AI: Hi there, thanks for taking the time. Could you tell me a little about yourself and what you do?

User: Well, I'm [[Brenda Sue Cottrell|PERSON]], most folks say [[Brenda Sue|PERSON]] like it's one word. I'm [[54|AGE]], I live outside [[Chapmanville|CITY]], in [[Logan County|CITY]], and I'm a [[home health aide|JOB_TITLE]] with [[Mountain Heart Home Care|ORGANIZATION]]. Been doing it since [[2012|DATE]]. I've got six clients on my route, all elderly, and then I come home and take care of my own mother, so it's caregiving around the clock, pretty much.

AI: Where, if anywhere, does AI come into that?

User: It snuck in. [laughs] My niece, [[Kayleigh|PERSON]], put [[ChatGPT|AI_PRODUCT]] on my phone last [[Thanksgiving|GENERIC_TIME]]. I mostly use it for the notes. The agency has an app, [[CareConnect|SOFTWARE]], and we have to write visit notes in it, and my [[supervisor|GENERIC_ROLE]] kept sending them back saying they weren't "clinical" enough. So now I tell the AI in my own words, like "Mr. [[Rice|PERSON]] ate half his beans and was ornery about his socks," and it gives me back something that sounds like a [[nurse|GENERIC_ROLE]] wrote it. I don't put his whole name in, just what happened.

AI: Mr. [[Rice|PERSON]] — is that one of your clients?

User: Yes, ma'am, [[Rice|PERSON]] is his last name, he's [[ninety-one|AGE]], a retired coal miner, sharp as a tack except when he's not. Then there's Miss [[Ruby|PERSON]], she's on oxygen, and the [[Blankenship|PERSON]] brothers up the hollow who fight like cats. I love every one of them. The [[case manager|GENERIC_ROLE]] at the agency, she changes every year, but I've been with some of these families a decade.

AI: How does your own family fit around all of this?

User: Mamaw, that's my mother, she's [[seventy-eight|AGE]] and has dementia, early stages. My brother [[Bubba|PERSON]] — his real name's [[Darrell|PERSON]], nobody uses it — he helps on weekends. My daughter [[Sissy|PERSON]] lives in [[Huntington|CITY]] and calls every night. I asked the AI how to set up Mamaw's pill box when her meds changed, and it made me a chart. I printed it at the library in [[Logan|CITY]]. Pastor [[Wayne|PERSON]] from [[Mill Creek Freewill Baptist Church|ORGANIZATION]] brings her communion on [[Wednesdays|GENERIC_TIME]], and he said that chart was the smartest thing he ever saw on a fridge.

AI: How do the agency and families contact you?

User: Phone, mostly, [[(304) 752-6618|PHONE_NUMBER]]. Mail goes to [[HC 61 Box 47|ADDRESS]], because there's no street numbers up our hollow. For the agency emails, I had to make a new address because my old one got hacked, and [[Kayleigh|PERSON]] told me to write it out funny when I give it to families on paper, so it reads [[brendasuec [at sign] frontier [period] com|OBF_EMAIL|words_at_sign_period]]. My employee number's [[HHA-20931|NATIONAL_ID]], I've got to put that on every timesheet. I'd never put that in the AI though. [[Kayleigh|PERSON]] about had a fit when I almost typed my Social in there once to ask about a Medicaid form.

AI: What worries you about using it, and what would you change?

User: That it makes me sound like somebody I'm not. Those families trust me because I talk like them. If the notes sound too fancy, my [[supervisor|GENERIC_ROLE]] might think somebody else wrote them. And it don't know anything about living up a hollow with no cell signal half the time. It told me to "schedule a telehealth appointment" for Miss [[Ruby|PERSON]]. Honey, she doesn't have internet, she's got a party line and a dog. [laughs] If I could change one thing, I'd make it work without signal, and let it talk like us. And make it cheaper for the agencies, so maybe they'd pay us aides more and the computer less. [[Dolly Parton|PUBLIC_FIGURE]] would say it better than me, something about working hard and being kind. That's the job. The AI can help with the paperwork, but it can't hold Mamaw's hand when she don't know where she is.""")

# ---------- 17: Vermont - family sugarhouse ----------
T.append("""AI: Thanks for joining. Can you start by telling me about yourself and the business?

User: Sure! I'm [[Hannah Whitcomb|PERSON]], I'm [[31|AGE]], and I do, well, everything that isn't boiling sap at my family's sugarhouse, [[Whitcomb Family Sugarworks|ORGANIZATION]], up in [[Craftsbury|CITY]]. Officially I'm the [[operations manager|JOB_TITLE]], which in a family business means I do the website, the orders, the books, and I drive the tractor when my brother's hungover. [laughs] I'm also a single mom, my daughter [[Juniper|PERSON]] is [[five|AGE]].

AI: How do AI tools figure into that work?

User: Mostly the online store. We moved to [[Shopify|SOFTWARE]] in [[2021|DATE]] and I use [[ChatGPT|AI_PRODUCT]] for product descriptions, email newsletters, and answering the same question forty times, like "what's the difference between Amber Rich and Dark Robust". I also used [[Claude|AI_PRODUCT]] to help me redo our price sheet for the wholesale accounts, like the co-op in [[Hardwick|CITY]] and a couple of inns. It's good at that kind of spreadsheet thinking.

AI: Who else is involved in the sugarhouse?

User: It's three generations. Pop, my dad, [[Gary|PERSON]], runs the evaporator. Grampy, he's [[ninety-one|AGE]], he sits on an overturned bucket in the sugarhouse during boiling and tells everyone they're doing it wrong. My brother [[Ezra|PERSON]] does the tubing in the woods. Our cousin, we call him [[Moose|PERSON]], helps during the season; he's enormous, hence the name. And the [[Lussiers|PERSON]] next door let us tap their maples in exchange for syrup. Oh, and [[Juniper|PERSON]]'s best friend [[Hazel|PERSON]] comes over on [[Saturdays|GENERIC_TIME]] and they "help", which means eating maple candy.

AI: How do customers and wholesale buyers reach you?

User: The website is [[whitcombsugarworks.com|URL]], and the [[Instagram|SOFTWARE]] is [[@whitcomb.sugarworks|SOCIAL_HANDLE]]. For email, I list it on the site in those wide characters, [[orders＠whitcombsugarworks．com|OBF_EMAIL|fullwidth_at_dot]], because a web guy in [[Burlington|CITY]] told me it confuses scrapers. Phone is the sugarhouse line, [[802-586-4410|PHONE_NUMBER]]. If nobody picks up, we're in the woods. People who want to come by for a tour, we send them to [[2290 Town Highway 9|ADDRESS]], and tell them not to trust the GPS.

AI: Are there things you're careful about feeding into these tools?

User: Definitely. Customer addresses, no. Our EIN, [[84-2937716|NATIONAL_ID]], no — my [[accountant|GENERIC_ROLE]] would kill me. And I'm careful with the family stuff. Like, there was a big argument in [[March 2023|DATE]] about whether to expand, after that ice storm knocked down half the lines, and I was tempted to ask the AI to "mediate". [laughs] I typed up everyone's positions and then I deleted it. That's Pop and [[Ezra|PERSON]]'s fight, not a chatbot's.

AI: How does being a parent shape the way you use these tools? And is there anything you'd change about them?

User: It's the only reason I can do this at all. School pick-up at [[Craftsbury Academy|SCHOOL]] — well, [[Juniper|PERSON]]'s in the elementary — is at three, and in [[March|GENERIC_TIME]] and [[April|GENERIC_TIME]] that's right in the middle of boiling. So I'll draft the newsletter with the AI in the car line. Ten minutes, done. Before, I'd be up till midnight writing it. That said, I don't let [[Juniper|PERSON]] talk to it. She thinks [[Alexa|AI_PRODUCT]] is a lady who lives in the speaker and that's enough magic for now. As for changes, I'd love it to actually know sugaring. It's confidently wrong about sap ratios, it once told me forty to one is a "standard" for every tree, and Grampy laughed so hard he nearly fell off his bucket. And honestly, I'd love it to know small, rural, family stuff. Everyone talks about AI like it's for big companies. [[Bernie Sanders|PUBLIC_FIGURE]] would say something about that, probably, he's got opinions about everything up here. We're a family with a sugarhouse and a WiFi signal that dies when it snows.""")

# ---------- 18: Rwanda, Musanze - basket cooperative organiser ----------
T.append("""AI: Muraho, and thank you for joining me. Could you please introduce yourself?

User: Muraho! My name is [[Claudine Uwimana|PERSON]]. I am [[42|AGE]] years. I live in [[Kinigi|CITY]], near [[Musanze|CITY]], and I am a [[community organiser|JOB_TITLE]]. I coordinate the [[Kinigi Women Weavers Cooperative|ORGANIZATION]], we are thirty-eight women making baskets and bags for the tourists who come to see the gorillas. In the village they call me Mama [[Keza|PERSON]], after my first daughter.

AI: How did you start using AI tools in this work?

User: In [[2023|DATE]], there was a training by [[RDB|ORGANIZATION]] and a partner organisation for women in tourism, and they showed us [[ChatGPT|AI_PRODUCT]]. I was the only one from our group who had a smartphone at that time, so I became the "AI person". [laughs] Now I use it to write the stories of the baskets for the lodges, in English and French, and to calculate the prices when we get a big order. Last year one lodge ordered four hundred baskets and I was so afraid to make a mistake in the calculation.

AI: Who are the people you work most closely with?

User: First, the weavers. Mukecuru [[Nyirabahire|PERSON]], she is the oldest, [[seventy-six|AGE]], she knows the old patterns that nobody else knows. [[Mukamana Josiane|PERSON]] is our [[treasurer|JOB_TITLE]], very strict. [laughs] Then Muzehe [[Gatera|PERSON]], the old man who brings the sisal and the papyrus from the marsh. And my husband, [[Habimana|PERSON]], he is a [[tour guide|JOB_TITLE]] in the park, so he brings tourists to the workshop. My daughter [[Keza|PERSON]] is [[fifteen|AGE]], she takes the photos for [[Instagram|SOFTWARE]], and my son [[Ganza|PERSON]] is [[ten|AGE]], he only wants to play football.

AI: How do you handle the cooperative's information when you use these tools?

User: I am careful. We have the list of members with their ID numbers, because the bank needs it for the payments through mobile money. I never give those to the AI. My own ID is [[1198270012345067|NATIONAL_ID]], and even that I don't write in any chat. When I ask the AI about prices I write "weaver A, weaver B". [[Josiane|PERSON]] checks the numbers after me, always, with a calculator. She doesn't trust the AI and she doesn't trust me. [laughs]

AI: How can buyers or visitors contact the cooperative?

User: We have [[Instagram|SOFTWARE]], [[@kinigi_weavers|SOCIAL_HANDLE]]. My phone is [[+250 788 412 930|PHONE_NUMBER]], on [[WhatsApp|SOFTWARE]] also. The email, we write it like [[claudine.uwimana(@)gmail(.)com|OBF_EMAIL|parenthesised_symbols]], with brackets, because my nephew [[Olivier|PERSON]], who studies at [[INES-Ruhengeri|SCHOOL]], told me to do it like that on the flyer. Also on the last [[Saturday|GENERIC_TIME]] of the month there is umuganda, the community work, so nobody answers the phone before midday.

AI: What are your main concerns or hopes about using AI?

User: My hope is that the women will use it themselves, not only me. But most of them read Kinyarwanda only, and the AI in Kinyarwanda is still weak. My fear is that the tourists will think our stories are made by a machine. When I write the story of a pattern, I first sit with Mukecuru [[Nyirabahire|PERSON]] and she tells me, and then the AI only helps me with the English. The story is hers. And many tourists already know about [[Dian Fossey|PUBLIC_FIGURE]], so they want stories. The true ones are better than anything the machine can invent.""")

# ---------- 19: Tanzania, Arusha - retired vet consultant ----------
T.append("""AI: Habari, and thank you for your time. Could you tell me about yourself?

User: Nzuri sana. I am Dr. [[Elirehema Mollel|PERSON]], I am [[67|AGE]], a [[veterinarian|JOB_TITLE]], retired from government service in [[2019|DATE]]. I live in [[Usa River|CITY]], outside [[Arusha|CITY]]. Now I consult, mostly for dairy cooperatives and sometimes for NGOs like [[Heifer International|ORGANIZATION]]. My grandchildren call me Babu, and the farmers still call me Daktari, even though I retired. [laughs]

AI: What does your consulting involve, and how does AI come into it?

User: I visit farms, I train farmers on animal health, and then I write reports. The writing is where the AI comes in. I studied at [[Sokoine University of Agriculture|SCHOOL]] in the old days with a typewriter. Now my granddaughter [[Neema|PERSON]] — her name means grace, and she has it — she set up [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] on my laptop. I write my field notes in a mixture of Swahili and English, and the AI turns them into the report structure that the donors want. Logframes, indicators, all that.

AI: Who do you work with in the cooperatives and the family?

User: The [[Meru Dairy Farmers Cooperative|ORGANIZATION]] is my main [[client|GENERIC_ROLE]] now. Their [[chairperson|GENERIC_ROLE]] is Mama [[Upendo|PERSON]], a very strong woman, maybe [[fifty-five|AGE]]. Then the milk collectors, like [[Baraka|PERSON]], young fellow on a motorbike. Some of the farmers are Maasai pastoralists, like Mzee [[Lengai|PERSON]], he has maybe two hundred cattle and he doesn't care for reports at all. [laughs] At home, my wife, Bibi [[Furaha|PERSON]], she manages our own small dairy, six cows. She is the real farmer in this family. My son [[Emmanuel|PERSON]] works in [[Dar es Salaam|CITY]] as an [[engineer|JOB_TITLE]], he calls on [[Sundays|GENERIC_TIME]].

AI: How do clients and farmers contact you?

User: Farmers just call, or they come to the gate. My number, I give it in a funny way on my business card, my grandson [[Jabari|PERSON]] designed it, with letters instead of some numbers, [[O754 3l8 9O2|OBF_PHONE|letter_digit_substitution]], the O is zero and the l is one. He says it stops machines. I think it mostly confuses old men like me. For the NGOs, I use email, [[e.mollel.vet@gmail.com|EMAIL_ADDRESS]]. For the contracts I need my TIN, [[112-458-903|NATIONAL_ID]], but that I write by hand on the invoice.

AI: Have there been any problems or concerns with using AI?

User: Yes. Once it wrote in the report that a vaccine should be given at a certain age, and it was wrong for our region, for East Coast fever it was completely off. If a [[programme officer|GENERIC_ROLE]] in an office had copied that, farmers could lose animals. So I check every technical sentence. Also, with the farmers' names. In a report for a donor, it's normal to list the participants. But I don't give the list to the AI. I put the names myself at the end. These are people who trust me with their animals, and for a pastoralist the animals are everything.

AI: What would you want from these tools in the future?

User: Better Swahili, real Swahili, not [[Google Translate|SOFTWARE]] Swahili. And knowledge of our local diseases, our breeds, our seasons, the long rains in [[March|GENERIC_TIME]], the short rains. [[Julius Nyerere|PUBLIC_FIGURE]] used to say that we must run while others walk. With AI, maybe now we can run. But we must look where we are running, otherwise we fall in the ditch. [[Neema|PERSON]] says I am too careful. I say I am a [[veterinarian|JOB_TITLE]], careful is my profession.""")

# ---------- 20: Iraq, Erbil - family bakery ----------
T.append("""AI: Hello, thank you for joining. Please tell me about yourself and your work.

User: Hello! I'm [[Shilan Mahmoud|PERSON]], I'm [[27|AGE]], from [[Erbil|CITY]], in the [[Kurdistan Region|CITY]]. I work in my family's bakery, [[Nanawaxanay Kak Aziz|ORGANIZATION]], which my grandfather opened in [[1994|DATE]]. We make naan, kulicha for the holidays, and cakes for weddings. I studied English at [[Salahaddin University|SCHOOL]] and now I'm kind of the [[marketing coordinator|JOB_TITLE]] for the bakery, but also I take orders, I do the [[Instagram|SOFTWARE]], and I decorate cakes when my aunt is tired.

AI: Where do AI tools come in?

User: For social media and for the wedding orders. I use [[ChatGPT|AI_PRODUCT]] to write captions in English and Arabic, and sometimes I try Kurdish, Sorani, but it is not so good in Sorani, it mixes with Kurmanji or writes strange words. I also use [[Gemini|AI_PRODUCT]] to make quotes for the wedding cakes, like how many layers for three hundred guests. Weddings here are very big. [laughs] And I used [[Midjourney|AI_PRODUCT]] once to make a cake design idea, but my aunt said it was impossible to make in real life, the cake would fall.

AI: Who else is involved in the bakery?

User: Everyone in the family. My father, Kak [[Aziz|PERSON]], runs the ovens. My uncle, Mam [[Rostam|PERSON]], does the delivery to restaurants in [[Ainkawa|CITY]]. My aunt, Pura [[Gulala|PERSON]], she is the cake artist, she is [[fifty|AGE]]. My grandmother, Daya [[Fatma|PERSON]], she is [[eighty-four|AGE]], she still comes every morning to taste the dough. If she says no, we throw it. My younger brother [[Karwan|PERSON]], he's [[nineteen|AGE]], he works the counter and he plays music too loud.

AI: How do customers place orders?

User: Mostly [[Instagram|SOFTWARE]] and [[WhatsApp|SOFTWARE]]. Our [[Instagram|SOFTWARE]] is [[@kak_aziz_bakery|SOCIAL_HANDLE]]. On the box we print my phone number in Kurdish numerals, [[۰۷۵۰ ۴۱۸ ۲۹۶۳|OBF_PHONE|extended_arabic_indic_digits]], because it looks nice with the logo, and my brother says it's harder for bots. For companies and hotels, I give the email, [[shilan.bakery@gmail.com|EMAIL_ADDRESS]]. During [[Nawroz|GENERIC_TIME]] and before [[Eid|GENERIC_TIME]], the phone doesn't stop.

AI: Are you careful about what you put into the AI?

User: Yes, especially with customers' names and addresses. For weddings we have many details, the names of the bride and groom, the hall, the date. I don't put those. I write "Wedding A, three hundred guests, [[June|GENERIC_TIME]]". Also for the bakery registration with the [[Erbil Chamber of Commerce|ORGANIZATION]] I needed my national card number, [[199234567890|NATIONAL_ID]], and my father's. I asked the AI what the form means but I filled the numbers myself.

AI: What would make these tools better for a business like yours?

User: Good Sorani! That's the first thing. Many Kurdish people would use it more if it understood our language properly. Also it should know our culture. When I ask for wedding ideas it gives me American ideas, a "rustic barn wedding". [laughs] We don't have barns, we have halls with five hundred people and dabke until two in the morning. If [[Mohamed Salah|PUBLIC_FIGURE]] came to our wedding, then maybe the AI would know Middle Eastern weddings. [laughs] But I'm happy with it. It gives me more time, and more time means I can sit with my grandmother at the end of the day.""")

# ---------- 21: Malaysia, Kota Bharu - home-based kuih maker ----------
T.append("""AI: Hello, thank you for joining. Could you tell me a bit about yourself and what you do?

User: Assalamualaikum. My name is [[Nor Aini binti Ismail|PERSON]], but everyone calls me Kak [[Aini|PERSON]]. I'm [[47|AGE]], and I make kuih at home in [[Kota Bharu|CITY]], [[Kelantan|CITY]]. Kuih muih, the traditional cakes, akok, jala emas, tahi itik. Every morning before subuh I start, and by seven my husband takes the trays to the stalls at the central market and to two cafés in [[Pengkalan Chepa|CITY]].

AI: How do AI tools come into your kuih business?

User: Actually because of my daughter, [[Nurul|PERSON]]. She is [[sixteen|AGE]], at [[SMK Kubang Kerian|SCHOOL]], and one day she said, Mak, why you write the orders on the back of calendar? She installed [[ChatGPT|AI_PRODUCT]] and showed me how to ask in Malay. Now I use it to count the ingredients when there is a big order, like for a kenduri, three hundred pieces, how many kilo of flour, how many coconut. And also for [[Shopee|SOFTWARE]], because [[Nurul|PERSON]] opened a shop for the frozen kuih, and the AI helps write the descriptions.

AI: Who else helps with the business?

User: It's a family business, but very small. My husband, Abang [[Razak|PERSON]], does delivery on his motorbike before he goes to his work at the [[Jabatan Kerja Raya|ORGANIZATION]] office. Mak Cik [[Som|PERSON]], my neighbour, she is [[sixty-eight|AGE]], she comes to help wrap the kuih in banana leaf, she is faster than anyone. My son [[Haziq|PERSON]] is [[ten|AGE]], he is the taster. [laughs] And my father, Tok Wan, he is [[eighty-something|AGE]], he sits on the porch and tells customers the kuih was better in his time.

AI: How do customers place their orders?

User: Mostly [[WhatsApp|SOFTWARE]]. On the [[Facebook|SOFTWARE]] page, [[Nurul|PERSON]] wrote my number in Malay words, like [[kosong satu sembilan, sembilan tiga empat, dua lapan satu enam|OBF_PHONE|malay_number_words]], so people must read it properly, she said the robots cannot. [laughs] For the cafés, they email me at [[kakaini.kuih@gmail.com|EMAIL_ADDRESS]]. Sometimes I get orders from [[Kuala Lumpur|CITY]] for frozen kuih, from people who miss [[Kelantan|CITY]] food. Students mostly, and mothers who moved for work and want their children to know the taste of home.

AI: Are there things you are careful about when using the AI?

User: Yes. When I registered for the small business permit with the [[Majlis Perbandaran Kota Bharu|ORGANIZATION]], I had to give my IC number, [[780412-03-5526|NATIONAL_ID]]. I didn't put it in the AI, I just asked the AI what documents are needed. [[Nurul|PERSON]] says never give your IC number to anyone online. Also, my customers' names, I don't put. I write "cafe one, cafe two". And my recipes, I don't put the exact recipe. That is from my late mother, it's not for the computer.

AI: What would you like AI to do better for people like you?

User: Understand Kelantanese! When I write like how I speak, loghat [[Kelantan|CITY]], it doesn't understand, it answers in very formal Malay. Also I want it to help with the pricing when the price of santan and sugar goes up before [[Hari Raya|GENERIC_TIME]]. And maybe one day it can sing like [[Siti Nurhaliza|PUBLIC_FIGURE]] while I make the kuih. [laughs] That would make the morning shorter.""")

# ---------- 22: Thailand, Nan - organic rice network organiser ----------
T.append("""AI: Sawasdee, thank you for joining me. Could you introduce yourself?

User: Sawasdee ka. My name is [[Pranee Intawong|PERSON]], but in [[Thailand|COUNTRY]] we use nicknames, so everyone calls me [[Noi|PERSON]]. I'm [[44|AGE]]. I live in [[Pua|CITY]] district, in [[Nan|CITY]] province, in the north. I'm the [[coordinator|JOB_TITLE]] of the [[Nan Organic Rice Network|ORGANIZATION]], we have about ninety farming families in five villages. I also farm rice myself with my family.

AI: How did AI tools become part of your work?

User: Through [[LINE|SOFTWARE]], actually. Everything in [[Thailand|COUNTRY]] happens in [[LINE|SOFTWARE]]. My nephew, [[Gop|PERSON]] — it means frog, he was a very small baby — he showed me that I can use [[ChatGPT|AI_PRODUCT]] to summarise the long [[LINE|SOFTWARE]] group chats. Our network group has ninety people and they send voice messages, photos, stickers, everything. At night I copy the text part and ask the AI, what did people decide about the seed distribution? It saves me maybe one hour every day.

AI: Who are the people you work with most closely?

User: Pa [[Lek|PERSON]], the aunt who is the leader in Ban [[Huai Kon|CITY]], she is [[sixty-one|AGE]], very respected. Loong [[Mun|PERSON]], the uncle who keeps the seed bank. Phi [[Nok|PERSON]], my cousin, she does the accounting. And my grandmother, Yai [[Kham|PERSON]], she is [[eighty-nine|AGE]], she knows the old rice varieties, the sticky black rice, the red rice, she can tell them by smell. I recorded her talking and used the AI to help write a small booklet about the varieties. In the [[LINE|SOFTWARE]] group people write very casual, like "pa [[lek|PERSON]] say rice ready tmr, [[nok|PERSON]] bring truck" — all small letters, no grammar — and the AI still understands, most of the time.

AI: In that quote, pa [[lek|PERSON]] and [[nok|PERSON]] are the same people you mentioned?

User: Yes, yes. [[lek|PERSON]] and [[nok|PERSON]]. [laughs] Nobody uses capital letters in [[LINE|SOFTWARE]].

AI: How do buyers and partners contact the network, and what are you careful about with these tools?

User: Our [[LINE|SOFTWARE]] official account is [[@nanorganicrice|SOCIAL_HANDLE]]. For the buyers in [[Bangkok|CITY]] and [[Chiang Mai|CITY]], the restaurants and the green shops, my phone is on our label, but [[Gop|PERSON]] put it in Thai numbers, [[๐๘๑ ๗๒๔ ๓๓๖๕|OBF_PHONE|thai_digits]], because it looks more local, more authentic for the customers. [laughs] The email for invoices is [[nanorganic.network@gmail.com|EMAIL_ADDRESS]]. We also get loans for the members through [[BAAC|ORGANIZATION]], the agricultural bank. About being careful: the ID cards. For the [[BAAC|ORGANIZATION]] loans and the organic certification, every farmer gives the ID number, thirteen digits. Mine is [[3-5506-00123-45-6|NATIONAL_ID]]. I never give those numbers to the AI. I also don't put the land documents. Some families have disputes about land with their relatives, and if this information goes somewhere, it can make trouble. The AI is for summarising the chat, for writing, for ideas. Not for secrets.

AI: What would make AI more helpful for your network?

User: Northern Thai language, kham mueang. The old farmers speak that, not central Thai, and the AI doesn't understand them well. Also more knowledge about small farms in [[Asia|CONTINENT]], not big farms in [[America|COUNTRY]]. And maybe it can make the young people interested in farming again. Everybody's children want to go to [[Bangkok|CITY]] and be famous like [[Lisa|PUBLIC_FIGURE]] from BLACKPINK. [laughs] If the AI can show them that farming can be modern, that would be the biggest help.""")

# ---------- 23: Papua New Guinea, Goroka - coffee co-op manager ----------
T.append("""AI: Thank you for joining. Could you tell me about yourself and your work?

User: Thank you. I'm [[Joseph Kuman|PERSON]], [[39|AGE]], from the [[Asaro|CITY]] valley near [[Goroka|CITY]], in the [[Eastern Highlands|CITY]]. I'm the [[cooperative manager|JOB_TITLE]] of the [[Asaro Valley Coffee Growers Cooperative|ORGANIZATION]]. We registered in [[2014|DATE]]. We have about four hundred smallholder members, each with their coffee garden, maybe five hundred trees, next to the kaukau and the pigs. [laughs]

AI: How does AI come into the co-op's work?

User: Certification, mainly. We're [[Fairtrade|ORGANIZATION]] and organic certified, and every year the audit wants documents, policies, training records. I studied at [[University of Goroka|SCHOOL]], but writing policies in the way the auditors like, it takes forever. So I use [[ChatGPT|AI_PRODUCT]] to make the first draft of the policies and the training materials, and then I change it for our situation. I also use [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] for the cherry purchase records.

AI: In [[PNG|COUNTRY]], family and clan obligations are strong. How does that affect the co-op and your work?

User: Ah, the wantok system. [laughs] It's everything. If my wantok comes and says, [[Joe|PERSON]], my coffee is wet but please buy it, what do I say? The AI doesn't understand that. My uncle, we call him [[Bigman|PERSON]], he's the clan leader in our village, [[Kefamo|CITY]], he expects the co-op to support the clan's events. My cousin [[Kila|PERSON]] is our [[field officer|JOB_TITLE]], and his job is to say no to relatives, which nobody wants to do. [laughs] And there's Mama [[Lucy Yawa|PERSON]], she leads the women's group in the co-op, very strong lady, maybe [[sixty|AGE]].

AI: How do members and buyers communicate with the co-op?

User: Members, mostly face to face, or phone through [[Digicel|ORGANIZATION]]. The signal in the valley is poor. My number is [[+675 7234 5610|PHONE_NUMBER]]. Buyers in [[Australia|COUNTRY]] and [[Germany|COUNTRY]] use email. I wrote my email backwards on our old website because of spam, [[gp.moc.eeffocorasa@namukj|OBF_EMAIL|reversed_text]], with a note "read from the right". [laughs] A buyer from [[Hamburg|CITY]] said it was the most creative thing he'd seen. The co-op [[Facebook|SOFTWARE]] page is [[facebook.com/asarovalleycoffee|URL]].

AI: Are there things you're careful about putting into these tools?

User: Yes. Member lists, never. Each member has a co-op number and many have the national ID now. My own NID is [[1002384177|NATIONAL_ID]]. I also don't put the clan land issues into it, because those are very sensitive. Land disputes can become fights here. When I was drafting a conflict-of-interest policy, I described the situation in general, not with names like "[[kila|PERSON]]'s brother-in-law sold wet cherry", even though that is exactly what happened. [laughs]

AI: What would make AI tools better for a co-op like yours?

User: Tok Pisin. If it spoke good Tok Pisin, the members could ask it questions directly, about pruning, about coffee berry borer. And it should work offline, or on very low data. Also, it should understand our way. [[Michael Somare|PUBLIC_FIGURE]] used to talk about "the Melanesian way", and the AI doesn't know that way. It knows the auditor's way. We need both. Maybe one day my daughter, who is [[nine|AGE]] now and already asks the phone everything, will build one that knows our way. That is my hope.""")

# ---------- 24: Tonga - ngatu women's group organiser ----------
T.append("""AI: Mālō e lelei, and thanks for speaking with me. Could you tell me about yourself?

User: Mālō e lelei. I'm [[Mele Fifita|PERSON]], [[53|AGE]], from [[Kolofo'ou|CITY]] in [[Nuku'alofa|CITY]]. I organise a women's group that makes ngatu, the tapa cloth, called [[Kakala Women's Ngatu Group|ORGANIZATION]]. Twenty-two women. I also work part-time as a [[church secretary|JOB_TITLE]] for our congregation of the [[Free Wesleyan Church|ORGANIZATION]], so between the church and the ngatu, my week is full.

AI: Where do AI tools come in?

User: In the selling and the grants. Before, we only sold ngatu within the family networks, for weddings, funerals, birthdays, especially to the Tongans in [[Auckland|CITY]] and [[Salt Lake City|CITY]]. Now my son [[Tevita|PERSON]], he lives in [[Sydney|CITY]], he helped me use [[ChatGPT|AI_PRODUCT]] to write grant applications to the embassy funds and to make a little website. It helps me write in the formal English they want. But the stories of the designs I write myself, with help from the older women. Each design has a meaning, a family, an island. The AI can make the sentences nice, but it cannot know which design belongs to which family. That knowledge is ours.

AI: Who are the women you work with?

User: The leader of the beating, Nana [[Losana|PERSON]], she is [[seventy-four|AGE]], and you can hear her beating the bark from two houses away. [[Sela|PERSON]] and her sister [[Vika|PERSON]] do the painting of the designs. My niece [['Ana|PERSON]], [[twenty|AGE]], she does the photos for the [[Facebook|SOFTWARE]] page. And my husband, [[Siaosi|PERSON]], he carries the heavy rolls and makes the tea. [laughs] Every [[Tuesday|GENERIC_TIME]] and [[Thursday|GENERIC_TIME]] we work together in the fale at the back of my house.

AI: How do buyers and funders reach you?

User: The funders email. On the website [[Tevita|PERSON]] put the email with those computer codes, it looks strange, [[mele.fifita&#64;gmail&#46;com|OBF_EMAIL|html_entities]], he says it shows correctly to people but the spam robots get confused. I don't understand it but okay. My phone is [[+676 771 4208|PHONE_NUMBER]]. The [[Facebook|SOFTWARE]] page is [[@kakalangatu|SOCIAL_HANDLE]].

AI: Have there been any challenges or concerns?

User: Yes, a few. After Cyclone Gita in [[February 2018|DATE]], our fale was damaged, and after the tsunami in [[January 2022|DATE]], many families lost their ngatu collections. For the recovery grants I had to give passport numbers. Mine is [[N0482193|NATIONAL_ID]]. I didn't put that into the AI, I filled the form myself. Another concern is when the AI writes about ngatu, sometimes it mixes Tongan and Samoan and Fijian things, like it's all the same Pacific. It's not. The [[donor|GENERIC_ROLE]] may not know the difference, but we know.

AI: Anything you'd like to see changed?

User: I want it to know Tongan language and Tongan culture properly. The faka'apa'apa, the respect, the way we speak to nobles and to the church. When [[King Tupou VI|PUBLIC_FIGURE]] has an event, the language is very special, and the AI doesn't know that at all. And I want the young women to learn to beat the bark before they learn the AI. [laughs] Nana [[Losana|PERSON]] says the same thing, with more force. She told me, the machine never got blisters on its hands, so how can it know ngatu? I think she is right. But I will still use it for the grant forms, because the grant forms also give me blisters, in my head.""")

# ---------- 25: DRC, Goma - pastor and community radio ----------
T.append("""AI: Bonjour, and thank you for joining me. Could you introduce yourself?

User: Bonjour, jambo. I am Pastor [[Jean-Baptiste Kambale|PERSON]]. I am [[57|AGE]], I am a [[pastor|JOB_TITLE]] with the [[CBCA|ORGANIZATION]] in [[Goma|CITY]], in the [[Birere|CITY]] quarter, and I also direct a small community radio, [[Radio Sauti ya Amani|ORGANIZATION]]. [[Sauti ya amani|ORGANIZATION]] means "voice of peace". We broadcast in Swahili, French and a little Kinyarwanda.

AI: How does AI come into your work at the church and the radio?

User: Mostly at the radio. We have very few staff, and we must prepare programmes on health, on peace, on agriculture. My daughter [[Merveille|PERSON]], she is [[twenty-three|AGE]], she studies at [[ULPGL|SCHOOL]], and she showed me [[ChatGPT|AI_PRODUCT]]. Now we use it to prepare scripts in French, then our presenters translate them into Swahili in their own words. For the church, I use it sometimes to organise my notes for Bible study, but the sermon, no. The sermon comes from prayer.

AI: Who are the people around you in this work?

User: Many. My wife, Maman [[Kavira|PERSON]], she leads the women's choir and she is the real administrator of our household. [laughs] My younger brother, [[Paluku|PERSON]], is the technician at the radio, he keeps the old transmitter alive. Tonton [[Kasereka|PERSON]], my uncle, he is [[eighty|AGE]], he was a [[teacher|JOB_TITLE]] for forty years and now he does a programme for the elders every [[Thursday|GENERIC_TIME]]. And [[Bibiche|PERSON]], the presenter of the youth programme, she is very popular. My youngest son, [[Dieudonné|PERSON]], is [[twelve|AGE]] and he wants to be a presenter also.

AI: How do listeners contact the radio?

User: By SMS and [[WhatsApp|SOFTWARE]] mostly. The number for the studio is read on air like this: [[zéro neuf sept, quatre un deux, huit huit trois|OBF_PHONE|french_number_words]]. That's how we say it on air. For partners, my email is written with spaces on our poster, [[j b k a m b a l e @ g m a i l . c o m|OBF_EMAIL|spaced_characters]], because the young people who designed it said it protects from spam. Partners like [[MONUSCO|ORGANIZATION]] radio programmes and some NGOs contact us like that.

AI: Are there things you are careful about when using AI?

User: Very careful. Here, information can be dangerous. Since the eruption in [[May 2021|DATE]] and now with the war, many people are displaced, and the names of people, where they are, who is with which group, this can put them in danger. So no names, no locations of families, nothing. My voter card, which we use as identity here, the number is [[1034-2287-5519|NATIONAL_ID]], I would never put it. Even the radio, we don't say names of victims on air. The AI is for general scripts only.

AI: What would make these tools better for your community?

User: Swahili of [[Congo|COUNTRY]], our Kiswahili, not only the Swahili of [[Tanzania|COUNTRY]]. And Kinande, and Lingala. Also to understand our context. When I asked it about trauma healing for a programme, it gave me advice like "consult a licensed therapist". In [[Goma|CITY]], for one million people, how many therapists? Very few. [[Denis Mukwege|PUBLIC_FIGURE]] has done great work in [[Bukavu|CITY]], but we need tools that help the community help itself. If the AI can support our pastors, our teachers, our mamans, then it is useful.""")

write_set(T, "set_at")
rows=[json.loads(l) for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)),"set_at.jsonl"))]
for r in rows:
    n=len(r["text"].split())
    print(r["transcript_id"], "words", n, "" if 500<=n<=1100 else "<<< OUT OF RANGE")
