/**
 * In-scope questions that contain the phrases the pack once used as an off-topic veto: party cells
 * exist in weather centres, lottery companies, traffic police units, the women's and veterans'
 * associations, schools and companies, and their secretaries ask about their congresses. Written
 * after the engine change, as a test that every old phrase can appear in an answered question.
 */
export const OFF_WORD_QUESTIONS: Array<[question: string, topic: string]> = [
  ['Chi bộ có nhiều đảng viên là đồng hương Nghệ An, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  [
    'Chi bộ Văn phòng hội đồng hương tỉnh là chi bộ trực thuộc, đại hội chi bộ xong trước ngày nào?',
    'lich-trinh',
  ],
  ['Chi bộ ngân hàng phục vụ nhiều khách hàng, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  ['Our cell at a bank with many customers: what must our congress include?', 'noi-dung'],
  ['Our party cell serves every customer of the water company: when is our congress due?', 'lich-trinh'],
  [
    'Chi bộ Văn phòng Hội đồng Thi đua - Khen thưởng là chi bộ trực thuộc, đại hội phải bầu những gì?',
    'noi-dung',
  ],
  ['Our party cell at the emulation and rewards office: what must its congress include?', 'noi-dung'],
  [
    'Chi bộ Trung tâm Dự báo thời tiết, chuyên đo nhiệt độ, là chi bộ cơ sở thì đại hội xong trước ngày nào?',
    'lich-trinh',
  ],
  ['Our party cell at the weather forecast centre: by when must our congress be finished?', 'lich-trinh'],
  [
    'Chi bộ công ty kinh doanh giá vàng, giá xăng có phải bầu đoàn đại biểu dự đại hội cấp trên không?',
    'noi-dung',
  ],
  [
    'Đảng bộ công ty bất động sản, chuyên bán chung cư theo giá nhà thị trường, chuẩn bị đại hội cần thành lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'Chi bộ Phòng quản lý giá cả, tỷ giá của ngân hàng có phải làm báo cáo kiểm điểm của chi ủy không?',
    'van-kien',
  ],
  ['Đảng bộ công ty chứng khoán chọn nhân sự cấp ủy khóa mới theo quy định nào?', 'nhan-su'],
  ['Đại hội chi bộ tốn bao nhiêu tiền thì được, có phải chống lãng phí không?', 'nguyen-tac'],
  ['Our party cell at the price and stock exchange office: which reports go to the congress?', 'van-kien'],
  [
    'Party cell of the prices and exchange rate department: what four contents must our congress cover?',
    'noi-dung',
  ],
  ['Chi bộ Câu lạc bộ bóng đá, đá bóng, thể thao của phường đại hội tháng mấy?', 'lich-trinh'],
  [
    'Our football club (soccer, in American English) party cell: when is its congress deadline?',
    'lich-trinh',
  ],
  ['The sport centre party cell: what must its political report assess?', 'van-kien'],
  ['Chi bộ Hãng phim truyện có được chọn làm đại hội điểm không?', 'dai-hoi-diem'],
  ['Party cell of the movie studio: how should it prepare the congress?', 'chuan-bi'],
  [
    'Chi bộ đại lý vé máy bay thuộc đảng bộ công ty du lịch là chi bộ trực thuộc, đại hội khi nào?',
    'lich-trinh',
  ],
  [
    'Chi bộ khách sạn, nhà hàng của tổng công ty đại hội có phải góp ý dự thảo văn kiện Đại hội XIV không?',
    'noi-dung',
  ],
  [
    'Chi bộ trường dạy nấu ăn (món ăn, bánh chưng, phở bò) cần làm gì trong công tác chuẩn bị đại hội?',
    'chuan-bi',
  ],
  ['Party cell of a restaurant chain: which principles must its congress follow?', 'nguyen-tac'],
  ['Chi bộ phòng quản trị mạng, nơi cấp mật khẩu wifi, đại hội bắt đầu từ tháng mấy?', 'lich-trinh'],
  [
    'Our IT party cell resets every password in the ward: is cadre planning reviewed before our congress?',
    'nhan-su',
  ],
  ['Chi bộ cửa hàng điện thoại iphone của công ty đại hội có bầu ban chấp hành không?', 'noi-dung'],
  ['Chi bộ xưởng sửa xe máy, xe ô tô là chi bộ cơ sở, hạn chót đại hội là ngày nào?', 'lich-trinh'],
  ['Party cell of a car and motorbike factory: when does our congress window close?', 'lich-trinh'],
  ['Trời mưa lớn thì hội nghị quán triệt của đảng bộ có được kết hợp trực tuyến không?', 'chuan-bi'],
  ['If rain keeps members away, can our cell hold the dissemination conference online?', 'chuan-bi'],
  ['Tổ chức đại hội chi bộ giá bao nhiêu là hợp lý, có được phô trương không?', 'nguyen-tac'],
  ['How much may a cell congress cost without waste or show?', 'nguyen-tac'],
  ['May our party cell buy flowers for the congress, or is that formalism and waste?', 'nguyen-tac'],
  ['Chi bộ Trung tâm huấn luyện thi đấu của đội tuyển quốc gia đại hội vào tháng mấy?', 'lich-trinh'],
  [
    'Đảng viên là cầu thủ, vừa xong trận đấu, có được giới thiệu vào cấp ủy không, theo tiêu chuẩn nào?',
    'nhan-su',
  ],
  [
    'Party cell of the national league club, busy with the world cup: what must our congress include?',
    'noi-dung',
  ],
  ["Does our cell's political report have to match the upper level's draft documents?", 'van-kien'],
  ['Party cell of the olympic training centre: when is our congress deadline?', 'lich-trinh'],
  ['Chi bộ Trung tâm thể dục của phường có phải làm báo cáo chính trị không?', 'van-kien'],
  ['Chi bộ Công ty xổ số kiến thiết, chuyên bán vé số, đại hội xong trước ngày nào?', 'lich-trinh'],
  ['Chi bộ đội phòng chống lô đề của công an phường chuẩn bị đại hội cần làm gì?', 'chuan-bi'],
  ['Party cell of the state lottery company: which reports go before its congress?', 'van-kien'],
  [
    'Chi bộ Đội xử lý phạt nguội, vượt đèn đỏ, không đội mũ bảo hiểm là chi bộ trực thuộc, đại hội tháng mấy?',
    'lich-trinh',
  ],
  [
    'Chi bộ Đội kiểm tra nồng độ cồn, nơi định mức phạt cho người bị phạt, có phải rà soát quy hoạch cán bộ trước đại hội không?',
    'nhan-su',
  ],
  [
    'Chi bộ Trung tâm sát hạch bằng lái, cấp giấy phép lái xe, đăng ký xe, đăng kiểm: đại hội chi bộ gồm những nội dung gì?',
    'noi-dung',
  ],
  ['Party cell of the traffic police speeding unit: when must its congress be held?', 'lich-trinh'],
  ['Party cell of the driving licence centre: what are the four contents of our congress?', 'noi-dung'],
  [
    "Our party cell issues every driver's license in the ward: which reports do we submit to the congress?",
    'van-kien',
  ],
  ['Chi bộ Trường dạy công thức nấu bánh đại hội bắt đầu từ tháng mấy?', 'lich-trinh'],
  ['Party cell of a recipe and cooking school: how should we prepare for the congress?', 'chuan-bi'],
  [
    'Our cell at the food company: may we cook a feast for the congress, or must we avoid waste and show?',
    'nguyen-tac',
  ],
  ['Chi bộ Ban quan hệ cổ đông của công ty là chi bộ cơ sở, đại hội xong trước ngày nào?', 'lich-trinh'],
  ['Party cell of the shareholder relations office: what must the congress elect?', 'noi-dung'],
  [
    'Party cell serving the shareholders at the general meeting of the company: when is our congress deadline?',
    'lich-trinh',
  ],
  [
    'Chi bộ có đảng viên làm ủy viên ban chấp hành Đoàn phường, Đoàn xã, đại hội chi bộ gồm mấy nội dung?',
    'noi-dung',
  ],
  [
    'Chi bộ cơ quan Hội Liên hiệp Phụ nữ thành phố là chi bộ trực thuộc, đại hội xong trước ngày nào?',
    'lich-trinh',
  ],
  ['Chi bộ Ban quản lý chợ có nhiều đảng viên là tiểu thương, đại hội chi bộ bầu những gì?', 'noi-dung'],
  [
    'Chi bộ có nhiều đảng viên đi dự đại hội đoàn, đoàn thanh niên, là thanh niên, chi đoàn, đoàn viên thì đại hội chi bộ bầu những gì?',
    'noi-dung',
  ],
  ['Party cell of the youth union office: what does our congress elect?', 'noi-dung'],
  ['Chi bộ cơ quan công đoàn quận chọn nhân sự cấp ủy theo tiêu chuẩn nào?', 'nhan-su'],
  ['Party cell of the trade union office: which reports go to our congress?', 'van-kien'],
  [
    'Party cell of the labour union (labor union in American English): when must we finish our congress?',
    'lich-trinh',
  ],
  ['Chi bộ Hội Phụ nữ, Hội Nông dân phường đại hội có mấy nội dung?', 'noi-dung'],
  ["Party cell of the women's union, with many farmers: what must our congress include?", 'noi-dung'],
  ['Chi bộ Hội Cựu chiến binh, Hội Người cao tuổi phường có phải làm báo cáo kiểm điểm không?', 'van-kien'],
  ['Party cell of the veterans association: which principles apply to our congress?', 'nguyen-tac'],
  ['Chi bộ sinh viên, chi bộ học sinh trường phổ thông đại hội tháng mấy?', 'lich-trinh'],
  ['Party cell of the students dormitory: what must our political report assess?', 'van-kien'],
  ['Chi bộ Hội Chữ thập đỏ phường chọn nhân sự cấp ủy theo quy định nào?', 'nhan-su'],
  ['Party cell of the Red Cross society: when is our congress deadline?', 'lich-trinh'],
  // Phrases added later (other organisations: the Front, associations, the National Assembly, councils).
  ['Chi bộ cơ quan Ủy ban Mặt trận Tổ quốc phường đại hội xong trước ngày nào?', 'lich-trinh'],
  [
    'Our party cell at the Fatherland Front committee: what four contents must our congress cover?',
    'noi-dung',
  ],
  ['Chi bộ Hội Luật gia thành phố chuẩn bị đại hội cần lập những tổ nào?', 'chuan-bi'],
  ['Chi bộ Hội Khuyến học phường có phải làm báo cáo kiểm điểm của chi ủy không?', 'van-kien'],
  ['Đảng bộ Hiệp hội doanh nghiệp chọn nhân sự cấp ủy khóa mới theo quy định nào?', 'nhan-su'],
  ['Chi bộ Liên hiệp hội khoa học kỹ thuật đại hội tháng mấy?', 'lich-trinh'],
  ['Chi bộ Văn phòng Đoàn đại biểu Quốc hội có được chọn làm đại hội điểm không?', 'dai-hoi-diem'],
  ['Party cell at the National Assembly office: which reports go to our congress?', 'van-kien'],
  ['Chi bộ Văn phòng Hội đồng nhân dân phường đại hội mấy năm một lần?', 'chi-bo-5-nam'],
  [
    'Chi bộ trường học đại hội xong, còn đại hội hội cha mẹ học sinh thì chi bộ có phải lo không, báo cáo chính trị cần gì?',
    'van-kien',
  ],
  [
    'Đảng bộ cơ quan tổ chức hội nghị cán bộ công chức trước, vậy đại hội đảng bộ phải bảo đảm nguyên tắc gì?',
    'nguyen-tac',
  ],
  [
    'Chi bộ có nhiều công chức, viên chức thì báo cáo chính trị của đại hội chi bộ cần đánh giá gì?',
    'van-kien',
  ],
  ['Chi bộ hợp tác xã nông nghiệp là chi bộ trực thuộc thì đại hội xong trước ngày nào?', 'lich-trinh'],
  ['Đảng viên trong chi bộ đều là xã viên, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  ['Our party cell is at a cooperative: which reports go to our congress?', 'van-kien'],
  // Other organisations, kinds of congress and senses of "đại hội" added on 2026-12-02
  // (evidence.organisations and offTopic): where a party cell is, not what it asks.
  [
    'Chi bộ Liên đội, phụ trách Đội Thiếu niên của trường, là chi bộ trực thuộc: đại hội chi bộ xong trước ngày nào?',
    'lich-trinh',
  ],
  ['Chi bộ thiếu niên tiền phong nhà văn hóa, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  ['Chi bộ cơ quan Liên đoàn Lao động quận có phải bầu đoàn đại biểu dự đại hội cấp trên không?', 'noi-dung'],
  ['Chi bộ nghiệp đoàn nghề cá, đại hội chi bộ phải thực hiện mấy nội dung?', 'noi-dung'],
  [
    'Chi bộ khu dân cư có nhiều đảng viên hưu trí và ban liên lạc cựu học sinh, đại hội chi bộ gồm những nội dung gì?',
    'noi-dung',
  ],
  ["Our party cell at the university's student union office: what must our congress include?", 'noi-dung'],
  ['Our party cell at the alumni office: what must its congress include?', 'noi-dung'],
  [
    'Chi bộ có đảng viên là chi hội trưởng phụ huynh, hội phụ huynh, đại hội chi bộ gồm mấy nội dung?',
    'noi-dung',
  ],
  ['Our party cell works with the parents association: when must our congress be finished?', 'lich-trinh'],
  [
    'Chi bộ Hội người mù, hội bảo trợ người khuyết tật là chi bộ trực thuộc, đại hội chi bộ xong trước ngày nào?',
    'lich-trinh',
  ],
  ['Chi bộ Hội Nạn nhân chất độc da cam phường, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  ['Chi bộ hội cựu giáo chức, đại hội chi bộ có phải bầu đoàn đại biểu không?', 'noi-dung'],
  ['Chi bộ Hội Nhà báo, nhiều đảng viên là nhà báo, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  ['Chi bộ Hội Nhà văn có nhiều văn nghệ sĩ, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  ['Chi bộ Hội doanh nhân trẻ, đảng viên là doanh nhân, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  ['Our party cell at the chamber of commerce: when must our congress be finished?', 'lich-trinh'],
  ['Chi bộ khu phố có nhiều dòng họ, họ tộc lâu đời, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  ['Chi bộ tổ hợp tác may mặc, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  [
    'Chi bộ công ty có đảng viên trong hội đồng quản trị, ban quản trị tòa nhà, đại hội chi bộ gồm mấy nội dung?',
    'noi-dung',
  ],
  [
    'Our party cell is overseen by the board of directors of its company: what must our congress include?',
    'noi-dung',
  ],
  [
    'Chi bộ khu dân cư có giáo xứ, đồng bào công giáo, phật giáo, tin lành, đại hội chi bộ gồm mấy nội dung?',
    'noi-dung',
  ],
  ['Chi bộ phường có giáo hội, hội thánh trên địa bàn, đại hội chi bộ xong trước ngày nào?', 'lich-trinh'],
  [
    'Our party cell is in a neighbourhood with a church and a buddhist temple: what must our congress include?',
    'noi-dung',
  ],
  ['Chi bộ cơ quan đại diện tại Liên hợp quốc, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  ['Our party cell at the mission to the United Nations: what must our congress include?', 'noi-dung'],
  [
    'Our party cell at the football federation, a FIFA and UEFA member: what must our congress include?',
    'noi-dung',
  ],
  ['Chi bộ công ty cổ phần, đảng viên dự đại hội đồng cổ đông, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  [
    "Our party cell prepares the company's annual general meeting (AGM) and general assembly: what must our cell congress include?",
    'noi-dung',
  ],
  ['Chi bộ trường có phong trào cháu ngoan Bác Hồ, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  ['Chi bộ Trung tâm huấn luyện điền kinh, võ thuật, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  [
    'Our party cell at the sports centre training for the SEA Games and ASIAD: what must our congress include?',
    'noi-dung',
  ],
  ['Chi bộ công ty game, làm Liên minh huyền thoại, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  ['Đại hội chi bộ có được tổ chức nhậu, liên hoan linh đình không?', 'nguyen-tac'],
  ['Chi bộ siêu thị đang mùa khuyến mãi, giảm giá, xả hàng: đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  [
    'Our party cell at a shopping mall, busy with the sale season: what must our congress include?',
    'noi-dung',
  ],
  ['Chi bộ trung tâm mua sắm, đại hội chi bộ xong trước ngày nào?', 'lich-trinh'],
  [
    'Chi bộ Nhà xuất bản chuyên in truyện, tiểu thuyết kiếm hiệp, đại hội chi bộ gồm mấy nội dung?',
    'noi-dung',
  ],
  [
    'Chi bộ Bảo tàng có phòng trưng bày về các anh hùng liệt sĩ, đại hội chi bộ xong trước ngày nào?',
    'lich-trinh',
  ],
  ['Our party cell at a novel and comics publisher: what must our congress include?', 'noi-dung'],
  ['Chi bộ Văn phòng Đoàn đại biểu nhân dân, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  ["Our party cell at the People's Congress office: what must our congress include?", 'noi-dung'],
  ['Chi bộ hãng phim chuyên làm phim võ lâm, giang hồ, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  ['Chi bộ em hay bị trêu là đại hội ăn uống, vậy đại hội chi bộ có được liên hoan không?', 'nguyen-tac'],
  [
    'Chi bộ Trung tâm khí tượng chuyên theo dõi mưa to, mưa bão mùa mưa, đại hội chi bộ gồm mấy nội dung?',
    'noi-dung',
  ],
  ['Đại hội chi bộ có được ăn nhậu, nhậu nhẹt, đi nhậu linh đình không hay phải tiết kiệm?', 'nguyen-tac'],
  [
    'Chi bộ Nhà xuất bản truyện tranh, chuyên sách đọc truyện và truyện kiếm hiệp, đại hội chi bộ xong trước ngày nào?',
    'lich-trinh',
  ],
  ['Chi bộ khu dân cư gần nhà thờ giáo phận, nhiều giới trẻ, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  ['Chi bộ công ty may có nhiều người lao động, đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  ['Chi bộ Hội chơi chim cảnh phường đại hội phải bầu những gì?', 'noi-dung'],
];
