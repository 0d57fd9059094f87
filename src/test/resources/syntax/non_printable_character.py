x =  
